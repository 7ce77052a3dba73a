# chapter: 3
# A __del__ that rebinds a global, run at exit.
class A:
    def __del__(self):
        global count
        count = count + 1
        print("del", count)
count = 0
items = [A(), A()]
