// Mock <assert.h> for hermetic tests.
#pragma once
#ifdef __cplusplus
extern "C"
#endif
void __assert_fail(const char *, const char *, unsigned, const char *)
    __attribute__((noreturn));
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, ""))
