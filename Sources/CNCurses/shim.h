// Re-exposes what Swift cannot import from ncursesw directly.
// SwiftPM drops pkg-config's -D flags, so the wide API is switched on here.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
// backtrace(3) for the crash report CursesBackend writes (the only code on the crash path of the terminal).
#include <execinfo.h>

static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline int cnc_key_resize(void) { return KEY_RESIZE; }
static inline int cnc_key_mouse(void) { return KEY_MOUSE; }
static inline int cnc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cnc_color_pair(int n) { return COLOR_PAIR(n); }
static inline int cnc_wcwidth(wchar_t c) { return wcwidth(c); }

static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline int cnc_key_f(int n) { return KEY_F(n); }
static inline int cnc_ccharw_max(void) { return CCHARW_MAX; }
static inline attr_t cnc_a_color(void) { return A_COLOR; }

/* Mouse masks (function-like macros Swift cannot import). */
static inline mmask_t cnc_button_pressed(int b) { return NCURSES_MOUSE_MASK(b, NCURSES_BUTTON_PRESSED); }
static inline mmask_t cnc_button_released(int b) { return NCURSES_MOUSE_MASK(b, NCURSES_BUTTON_RELEASED); }
static inline mmask_t cnc_button_shift(void) { return BUTTON_SHIFT; }
static inline mmask_t cnc_button_ctrl(void) { return BUTTON_CTRL; }
static inline mmask_t cnc_button_alt(void) { return BUTTON_ALT; }
static inline mmask_t cnc_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/* tigetstr returns (char *)-1 for a capability that is not a string. */
static inline int cnc_is_string_cap(const char *s) { return s != NULL && s != (const char *)-1; }
#endif
