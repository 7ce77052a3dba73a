# chapter: 1
# A class body sees its own names then globals; its methods do not see them.
label = "global label"


class Box:
    label = "class label"
    copy = label
    size = len(label)

    def which(self):
        return label

    def through_self(self):
        return self.label


print(Box.copy, Box.size)
b = Box()
print(b.which())
print(b.through_self())
print(label)
