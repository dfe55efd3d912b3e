#include "cli/searchrunner.h"

#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

namespace moe::cli {

SearchResult runSearch(const Profile& profile, Objective objective, unsigned threads, const std::atomic<bool>* cancel,
                       const std::function<void(std::int64_t, std::int64_t)>& progress, const SearchBounds& bounds)
{
    const std::vector<SearchTask> tasks = searchTasks(profile);
    if (threads == 0) {
        threads = std::max(1u, std::thread::hardware_concurrency());
    }
    const auto total = static_cast<std::int64_t>(tasks.size());
    // Slices small enough to balance the load and to notice a cancellation quickly.
    const std::int64_t slice = std::max<std::int64_t>(1, total / (static_cast<std::int64_t>(threads) * 64));
    std::atomic<std::int64_t> next{0};
    std::atomic<std::int64_t> done{0};
    std::vector<SearchPartial> partials(threads);
    // A failure on one thread (out of memory) stops the rest; the first is rethrown.
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto stopped = [&] { return failed.load() || (cancel && cancel->load()); };
    auto work = [&](unsigned index) {
        try {
            std::size_t lastKept = 0;
            for (;;) {
                const std::int64_t begin = next.fetch_add(slice);
                if (begin >= total || stopped()) {
                    // Ranking (and trimming) this thread's share here leaves the caller only a merge.
                    trimSearchPartial(partials[index], objective, bounds);
                    return;
                }
                const std::int64_t end = std::min(total, begin + slice);
                SearchPartial part = runSearchTasks(profile, std::span(tasks).subspan(static_cast<std::size_t>(begin),
                                                                                      static_cast<std::size_t>(end - begin)),
                                                    cancel, &done);
                accumulateSearchPartial(partials[index], std::move(part), objective, bounds, lastKept);
            }
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!failure) {
                failure = std::current_exception();
            }
            failed = true;
            partials[index] = SearchPartial{};  // give back what it held
        }
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i) {
        pool.emplace_back(work, i);
    }
    if (progress) {
        // The calling thread reports progress while the pool works, then joins in.
        std::thread last(work, 0u);
        while (done.load() < total && !stopped()) {
            progress(done.load(), total);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (next.load() >= total) {
                break;
            }
        }
        last.join();
    } else {
        work(0);
    }
    for (auto& thread : pool) {
        thread.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    if (progress) {
        progress(done.load(), total);
    }
    return finishSearch(std::move(partials), objective, cancel && cancel->load(), bounds);
}

} // namespace moe::cli
