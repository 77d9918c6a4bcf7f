// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace Lagebild {

/// An allocator for the large tables the engine looks up at random, a few dozen times per word
/// (the lexicon's word set, the syntax models' weights): a block of 2 MB or more is mapped on a
/// huge-page boundary and advised as huge pages, so a look-up anywhere in the table finds its page
/// in the TLB instead of walking the page tables first. Smaller blocks, and systems without
/// huge pages, get ordinary memory; the advice changes speed, never contents.
template<class T> struct LargeTableAllocator
{
    using value_type = T;

    LargeTableAllocator() = default;
    template<class U> LargeTableAllocator(const LargeTableAllocator<U> &) noexcept { }

    static constexpr size_t hugePage = size_t(1) << 21;
    static constexpr size_t page = 4096;

    /// Whether a block of n comes zeroed (fresh anonymous pages), so a table filled sparsely
    /// need not be cleared by hand.
    static constexpr bool comesZeroed(size_t n)
    {
#ifdef __linux__
        return n * sizeof(T) >= hugePage;
#else
        static_cast<void>(n);
        return false;
#endif
    }

    [[nodiscard]] T *allocate(size_t n)
    {
        const size_t bytes = n * sizeof(T);
#ifdef __linux__
        if (bytes >= hugePage) {
            const size_t length = (bytes + page - 1) & ~(page - 1);
            // Mapped with a huge page of slack, then trimmed to start on a huge-page boundary.
            void *mapped = mmap(
                nullptr, length + hugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (mapped == MAP_FAILED)
                throw std::bad_alloc();
            const auto base = reinterpret_cast<uintptr_t>(mapped);
            const uintptr_t aligned = (base + hugePage - 1) & ~(hugePage - 1);
            if (aligned > base)
                munmap(mapped, aligned - base);
            if (const uintptr_t tail = base + length + hugePage - (aligned + length))
                munmap(reinterpret_cast<void *>(aligned + length), tail);
#ifdef MADV_HUGEPAGE
            madvise(reinterpret_cast<void *>(aligned), length, MADV_HUGEPAGE);
#endif
            return reinterpret_cast<T *>(aligned);
        }
#endif
        return static_cast<T *>(::operator new(bytes, std::align_val_t(alignof(T))));
    }

    void deallocate(T *p, size_t n) noexcept
    {
        const size_t bytes = n * sizeof(T);
#ifdef __linux__
        if (bytes >= hugePage) {
            munmap(p, (bytes + page - 1) & ~(page - 1));
            return;
        }
#endif
        ::operator delete(p, std::align_val_t(alignof(T)));
    }

    template<class U> bool operator==(const LargeTableAllocator<U> &) const noexcept
    {
        return true;
    }
};

} // namespace Lagebild
