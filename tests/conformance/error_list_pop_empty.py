# chapter: 1
# Popping an empty list is an IndexError after the pops that worked.
stack = [1, 2]
print(stack.pop(), stack.pop())
print(stack)
stack.pop()
