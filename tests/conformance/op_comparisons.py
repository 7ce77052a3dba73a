# chapter: 1
# Chained comparisons, and comparisons of strings, lists and tuples.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 2)
print(1 == 1 != 2, 1 <= 1 >= 1)
print("apple" < "banana", "a" < "B", "abc" < "abd", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] == [1, 2], [2] > [1, 9])
print((1, 2) < (1, 2, 0), (1, "a") == (1, "a"))
print(None == None, None != 0, True == 1, False == 0)
print(1 == "1", [] == (), {} == {}, {"a": 1} == {"a": 1})
