class Bag:
 def __len__(e):2
b=Bag()
int(len(b))