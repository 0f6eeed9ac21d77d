// zlib, for gzip layers (a .vcon may be gzip; a JWS payload may be gzip).
#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
#include <zlib.h>
/// inflateInit2 is a macro in zlib.h; this is the callable form.
static inline int czlib_inflateInit2(z_stream *s, int windowBits) { return inflateInit2(s, windowBits); }
static inline int czlib_deflateInit2(z_stream *s, int level, int windowBits) {
    return deflateInit2(s, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}
#endif
