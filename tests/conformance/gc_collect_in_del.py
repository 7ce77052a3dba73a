# chapter: 5
# gc.collect() called from a __del__ that counting runs (the object's
# count reached zero) collects as anywhere else; called while a
# collection is running (from a __del__ it runs), it returns 0.
import gc


class D:
    def __del__(self):
        print("D: gc.collect() gives", gc.collect())


class Inner:
    def __del__(self):
        print("Inner: gc.collect() gives", gc.collect())


gc.collect()
l = []
l.append(l)
del l
d = D()
del d
x = [Inner()]
y = []
y.append(y)
del y
del x
z = Inner()
z.me = z
w = []
w.append(w)
del z, w
print("collected", gc.collect())
