# chapter: 1
# python: 3.13
# f-strings as CPython 3.12+ reads them (PEP 701): conversions, the x=
# form, format specs with fields inside, nested quotes and f-strings,
# {{ and }}, triple quotes, and literals joined to them.
x = 42
name = "minipy"
items = [1, "two", None]
width = 8
print(f"{x}", f"{name}", f"{items}", f"{None}", f"{True}")
print(f"a{x}b{name}c", "pre" f"-{x}-" 'post', f"" "", f"plain")
print(f"{name!r}", f"{name!s}", f"{'caf\u00e9'!a}", f"{items!r:>20}")
print(f"{x=}", f"{x = }", f"{ x = :>6}", f"{name=!s}", f"{x=:#x}")
print(f"{x + 1 = }", f"{items[1]=}", f"{name.upper()=}")
print(f"[{x:>{width}}]", f"[{name:^{width}}]", f"[{x:{'0'}{width}}]")
print(f"[{name:{'*'}^{width + 4}}]", f"[{x:{'+'}}]")
print(f"{{x}}", f"{{{x}}}", f"}}{x}{{", f"{x}}}")
print(f"{"nested same quotes"}", f'{'single'}', f"{f"{f"{x}"}"}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"""line one {x}
line two {name!r:>10}
{  x  }""")
print(f"{x if x > 40 else 0}", f"{[i * 2 for i in range(3)]}")
print(f"{ {'k': x}['k'] }", f"{(lambda: x)()}", f"{x,}")
print(f"{x:}", f"{name:}", f"{x!r:}", f"{x:=5}")
print(rf"\n{x}\t", fr"{x}\{{")
print(f"\x41{x}\u00e9")
print(f"{x:{width}d}|{x:<{width}}|{x:0{width}}")
s = f"{name}"
print(s is name, f"{s}" == name)
y = 7
print(f"{x}-{y}-{x * y}-{x // y}-{x % y}-{-x}")
big = f"{x}" * 3
print(big, len(big))
def show(v):
    return f"<{v!r}:{v}>"
print(show(1), show("s"), show([1]), show(None))
print(f"{'abc':.2}", f"{'abc':>5.1}", f"{123456789:,}", f"{255:#_b}")
