# chapter: 1
# python: 3.13+
# abs, divmod, hex, oct, bin, hash, chr and ord on ints and strs.
print(abs(-5), abs(5), abs(0), abs(True), abs(-9223372036854775807))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(True, 2), type(divmod(9, 4)))
print(hex(255), hex(-255), hex(0), hex(True), hex(9223372036854775807))
print(oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
print(hex(-9223372036854775807 - 1))
print(hash(1), hash(0), hash(-1), hash(-2), hash(True), hash(False))
print(hash(2305843009213693951), hash(2305843009213693952))
print(hash(4611686018427387909), hash(-4611686018427387904))
print(hash(9223372036854775807), hash(-9223372036854775807 - 1))
print(hash(None), hash(()), hash((1, 2)), hash((1, (2, 3))), hash((None,)))
print(hash((-1,)), hash((1, 2)) == hash((1, 2)), hash("ab") == hash("a" + "b"))
print(chr(65), chr(97), chr(233), chr(8364), chr(128512), chr(0) == "\x00")
print(ord("A"), ord("é"), ord("€"), ord("\n"), ord(chr(1114111)))
print(chr(72) + chr(105), ord(chr(300)) == 300)
