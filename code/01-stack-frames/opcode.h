#ifndef MINIPY_OPCODE_H
#define MINIPY_OPCODE_H

#include "common.h"

/* Our instruction set.  Each instruction is one 16-bit code unit: the
   opcode in the low byte, its argument in the high byte, and an argument
   too big for a byte is prefixed by EXTENDED_ARG, as in CPython 3.6+.
   The names are CPython's (Include/opcode.h, Python/bytecodes.c of 3.13)
   wherever the instruction does the same thing; the numbers are ours.
   FIGURE and FIGURE_STEP are minipy's own: the first draws the
   '# figure:' lines, the second a figure after a line ran (--dot-every;
   compiled only then).

   X(NAME, has_argument) */
#define PY_OPCODES(X)                                                          \
    X(NOP, 0)                                                                  \
    X(RESUME, 1)                                                               \
    X(POP_TOP, 0)                                                              \
    X(PUSH_NULL, 0)                                                            \
    X(COPY, 1)                                                                 \
    X(SWAP, 1)                                                                 \
    X(LOAD_CONST, 1)                                                           \
    X(LOAD_FAST, 1)                                                            \
    X(LOAD_FAST_AND_CLEAR, 1)                                                  \
    X(STORE_FAST, 1)                                                           \
    X(DELETE_FAST, 1)                                                          \
    X(LOAD_GLOBAL, 1)                                                          \
    X(STORE_GLOBAL, 1)                                                         \
    X(DELETE_GLOBAL, 1)                                                        \
    X(LOAD_NAME, 1)                                                            \
    X(STORE_NAME, 1)                                                           \
    X(DELETE_NAME, 1)                                                          \
    X(LOAD_ATTR, 1)                                                            \
    X(STORE_ATTR, 1)                                                           \
    X(DELETE_ATTR, 1)                                                          \
    X(BINARY_SUBSCR, 0)                                                        \
    X(STORE_SUBSCR, 0)                                                         \
    X(DELETE_SUBSCR, 0)                                                        \
    X(BUILD_SLICE, 1)                                                          \
    X(BINARY_SLICE, 0)                                                         \
    X(STORE_SLICE, 0)                                                          \
    X(BINARY_OP, 1)                                                            \
    X(UNARY_NEGATIVE, 0)                                                       \
    X(UNARY_INVERT, 0)                                                         \
    X(CALL_INTRINSIC_1, 1)                                                     \
    X(CONVERT_VALUE, 1)                                                        \
    X(FORMAT_SIMPLE, 0)                                                        \
    X(FORMAT_WITH_SPEC, 0)                                                     \
    X(BUILD_STRING, 1)                                                         \
    X(UNARY_NOT, 0)                                                            \
    X(COMPARE_OP, 1)                                                           \
    X(IS_OP, 1)                                                                \
    X(CONTAINS_OP, 1)                                                          \
    X(POP_JUMP_IF_FALSE, 1)                                                    \
    X(POP_JUMP_IF_TRUE, 1)                                                     \
    X(JUMP_FORWARD, 1)                                                         \
    X(JUMP_BACKWARD, 1)                                                        \
    X(GET_ITER, 0)                                                             \
    X(FOR_ITER, 1)                                                             \
    X(BUILD_LIST, 1)                                                           \
    X(LIST_APPEND, 1)                                                          \
    X(LIST_EXTEND, 1)                                                          \
    X(BUILD_TUPLE, 1)                                                          \
    X(BUILD_MAP, 1)                                                            \
    X(BUILD_CONST_KEY_MAP, 1)                                                  \
    X(MAP_ADD, 1)                                                              \
    X(DICT_UPDATE, 1)                                                          \
    X(DICT_MERGE, 1)                                                           \
    X(CALL_FUNCTION_EX, 1)                                                     \
    X(UNPACK_SEQUENCE, 1)                                                      \
    X(UNPACK_EX, 1)                                                            \
    X(MAKE_CELL, 1)                                                            \
    X(COPY_FREE_VARS, 1)                                                       \
    X(LOAD_DEREF, 1)                                                           \
    X(STORE_DEREF, 1)                                                          \
    X(DELETE_DEREF, 1)                                                         \
    X(CALL, 1)                                                                 \
    X(CALL_KW, 1)                                                              \
    X(RETURN_VALUE, 0)                                                         \
    X(RETURN_CONST, 1)                                                         \
    X(MAKE_FUNCTION, 0)                                                        \
    X(SET_FUNCTION_ATTRIBUTE, 1)                                               \
    X(LOAD_BUILD_CLASS, 0)                                                     \
    X(IMPORT_NAME, 1)                                                          \
    X(PUSH_EXC_INFO, 0)                                                        \
    X(POP_EXCEPT, 0)                                                           \
    X(CHECK_EXC_MATCH, 0)                                                      \
    X(RAISE_VARARGS, 1)                                                        \
    X(RERAISE, 1)                                                              \
    X(LOAD_ASSERTION_ERROR, 0)                                                 \
    X(FIGURE, 1)                                                               \
    X(FIGURE_STEP, 1)                                                          \
    X(EXTENDED_ARG, 1)

#define PY_OPCODE_ENUM(name, has_arg) name,
typedef enum { PY_OPCODES(PY_OPCODE_ENUM) PY_NUM_OPCODES } Opcode;
#undef PY_OPCODE_ENUM

/* A pseudo-instruction of the compiler's, never in the bytecode: from
   here on an exception goes to the handler at its label, with the stack
   as deep as it is here, plus the exception.  The assembler turns the
   ranges each instruction's handler covers into the code's exception
   table, as CPython 3.11+ does with its SETUP_FINALLY and SETUP_CLEANUP
   (Include/opcode.h, Python/flowgraph.c, 3.13). */
#define SETUP_FINALLY 256

/* BINARY_OP's argument: CPython's numbering (Include/internal/
   pycore_opcode_utils.h), the in-place forms 13 further on. */
enum {
    NB_ADD = 0,
    NB_AND = 1,
    NB_FLOOR_DIVIDE = 2,
    NB_LSHIFT = 3,
    NB_MULTIPLY = 5,
    NB_REMAINDER = 6,
    NB_OR = 7,
    NB_POWER = 8,
    NB_RSHIFT = 9,
    NB_SUBTRACT = 10,
    NB_XOR = 12,
    NB_INPLACE = 13,
    NB_INPLACE_ADD = NB_INPLACE + NB_ADD,
    NB_INPLACE_MULTIPLY = NB_INPLACE + NB_MULTIPLY,
    NB_COUNT = 2 * NB_INPLACE,
};

/* CALL_INTRINSIC_1's argument: CPython's numbers for the intrinsics we
   need: unary plus, the prompt's echo of a value, and the tuple a
   display with *a in it makes from its list
   (Include/internal/pycore_intrinsics.h). */
/* CONVERT_VALUE's argument: CPython's numbers (Include/ceval.h). */
enum { FVC_NONE = 0, FVC_STR = 1, FVC_REPR = 2, FVC_ASCII = 3 };

/* SET_FUNCTION_ATTRIBUTE's argument: which attribute (CPython's values). */
#define MAKE_FUNCTION_DEFAULTS   0x01
#define MAKE_FUNCTION_KWDEFAULTS 0x02
#define MAKE_FUNCTION_CLOSURE    0x08

#define INTRINSIC_PRINT          1
#define INTRINSIC_UNARY_POSITIVE 5
#define INTRINSIC_LIST_TO_TUPLE  6

/* One instruction: a code unit, opcode first as CPython lays it out. */
typedef uint16_t _Py_CODEUNIT;
#define _Py_OPCODE(word) ((int)((word)&0xFF))
#define _Py_OPARG(word)  ((int)((word) >> 8))

const char *_PyOpcode_Name(int opcode);
int _PyOpcode_HasArg(int opcode);

#endif
