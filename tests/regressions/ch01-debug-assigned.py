# __debug__ is no target.
__debug__ = 1
print(__debug__)
