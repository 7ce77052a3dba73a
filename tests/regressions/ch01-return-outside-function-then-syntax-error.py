# 'return' outside function is the compiler's error: a syntax error
# later in the text comes first.
return 1
x = = 2
