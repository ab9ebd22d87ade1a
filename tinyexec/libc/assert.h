/* assert.h -- tinyexec.  No include guard around assert: C99 7.2 has each
   inclusion define it anew, by whether NDEBUG is defined at that point. */
void __assert_fail(const char *__expr, const char *__file, int __line);
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__))
#endif
