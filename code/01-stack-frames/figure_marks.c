/* The marks in the header of every node, after its type and serial
   number.  Chapter 1 has none: its figures are about where references
   go, not what objects count. */
#include "figure.h"

const FigureMark figure_marks[] = {
    {NULL, NULL, NULL},
};
