# chapter: 1
# The seeds' list1 is list2: two equal lists are still two objects.
list1 = [1, 2, 3]
list2 = [1, 2, 3]
print(list1 is list2)
print(list1 == list2)
print(list1 is not list2)
list2.append(4)
print(list1, list2, list1 == list2)
