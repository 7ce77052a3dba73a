/* The kinds of figure this chapter draws.  The first is the default. */
#include "figure.h"

const FigureView figure_views[] = {
    {"memory", figure_memory_view},
    {"datastack", figure_datastack_view},
    {NULL, NULL},
};
