// OpenSSL 3 libcrypto, as the crypto adapter sees it.
// STACK_OF(...) helpers are macros in C; the shims below give Swift callable functions.
#ifndef COPENSSL_SHIM_H
#define COPENSSL_SHIM_H
#include <openssl/opensslv.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/x509_vfy.h>
#include <openssl/rsa.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/bn.h>
#include <openssl/bio.h>
#include <openssl/rand.h>
#include <openssl/core_names.h>
#include <openssl/hmac.h>

static inline STACK_OF(X509) *cossl_sk_X509_new_null(void) { return sk_X509_new_null(); }
static inline int cossl_sk_X509_push(STACK_OF(X509) *s, X509 *x) { return sk_X509_push(s, x); }
static inline void cossl_sk_X509_free(STACK_OF(X509) *s) { sk_X509_free(s); }
static inline void cossl_sk_X509_pop_free(STACK_OF(X509) *s) { sk_X509_pop_free(s, X509_free); }
static inline int cossl_sk_X509_num(const STACK_OF(X509) *s) { return sk_X509_num(s); }
static inline X509 *cossl_sk_X509_value(const STACK_OF(X509) *s, int i) { return sk_X509_value(s, i); }
static inline int cossl_BIO_get_mem_data(BIO *b, char **pp) { return (int)BIO_get_mem_data(b, pp); }
static inline void cossl_free(void *p) { OPENSSL_free(p); }
/// RFC 2253 name printing (CN first) that keeps UTF-8 as is; the caller sanitises for display.
static inline unsigned long cossl_xn_flags_rfc2253_utf8(void) { return XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB; }
static inline int cossl_ERR_GET_LIB(unsigned long e) { return ERR_GET_LIB(e); }
static inline int cossl_ERR_GET_REASON(unsigned long e) { return ERR_GET_REASON(e); }
#endif
