// Mock <stdint.h> for hermetic tests.
#pragma once
typedef __UINTPTR_TYPE__ uintptr_t;
typedef __INTPTR_TYPE__ intptr_t;
