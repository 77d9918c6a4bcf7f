// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Marks a hot loop to be compiled twice, for any x86-64 CPU and for one with AVX2; the loader
// picks the version once (an ifunc). Debian builds for the x86-64 baseline (SSE2), where widening
// and adding a row of 8- or 16-bit weights takes several times the instructions AVX2 needs.
// Left out under sanitizers, whose runtime is not ready when the loader resolves an ifunc, and
// on other architectures.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)                                      \
    || __has_feature(undefined_behavior_sanitizer)
#define LAGEBILD_NO_VECTOR_CLONES
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define LAGEBILD_NO_VECTOR_CLONES
#endif

#if defined(__x86_64__) && defined(__gnu_linux__) && !defined(LAGEBILD_NO_VECTOR_CLONES)
#define LAGEBILD_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LAGEBILD_VECTOR_CLONES
#endif
