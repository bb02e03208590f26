#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H

// Wide-character curses: these must come before the header.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Globals and macros that Swift cannot see or that Swift 6 rejects, as functions.
static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }
static inline int byline_lines(void) { return LINES; }
static inline int byline_cols(void) { return COLS; }
static inline int byline_err(void) { return ERR; }
static inline int byline_key_code_yes(void) { return KEY_CODE_YES; }

static inline attr_t byline_a_normal(void) { return A_NORMAL; }
static inline attr_t byline_a_bold(void) { return A_BOLD; }
static inline attr_t byline_a_dim(void) { return A_DIM; }
static inline attr_t byline_a_italic(void) { return A_ITALIC; }
static inline attr_t byline_a_underline(void) { return A_UNDERLINE; }
static inline attr_t byline_a_reverse(void) { return A_REVERSE; }

static inline mmask_t byline_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int byline_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int byline_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }
static inline int byline_is_press(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }

// Whether the terminal named by TERM can be used, without the exit initscr performs on failure.
// Returns 1 when usable; otherwise 0 with *error set to setupterm's code (0: unknown TERM,
// -1: no terminfo database).
static inline int byline_terminal_usable(int *error) {
    *error = 1;
    if (setupterm(NULL, fileno(stdout), error) != OK) return 0;
    del_curterm(cur_term);
    return 1;
}

static inline SCREEN *byline_newterm(void) { return newterm(NULL, stdout, stdin); }

#endif
