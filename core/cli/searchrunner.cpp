#include "cli/searchrunner.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <iterator>
#include <mutex>
#include <thread>

#include "model/eplb.h"

namespace moe::cli {

namespace {

// The best candidates met so far, fed by every thread after each slice of tasks.
class BestSoFar {
public:
    BestSoFar(Objective objective, std::size_t size)
        : m_objective(objective)
        , m_size(size)
    {
    }

    // Keeps the best of `feasible` (one slice's candidates, unranked).
    void offer(const std::vector<Candidate>& feasible, std::int64_t feasibleCount)
    {
        const auto before = [this](const Candidate& a, const Candidate& b) { return ranksBefore(a, b, m_objective); };
        // The slice's own best first, outside the lock: the merge under it stays small.
        std::vector<Candidate> best(std::min(m_size, feasible.size()));
        std::partial_sort_copy(feasible.begin(), feasible.end(), best.begin(), best.end(), before);
        const std::lock_guard lock(m_mutex);
        m_feasible += feasibleCount;
        if (best.empty()) {
            return;
        }
        std::vector<Candidate> merged;
        merged.reserve(m_best.size() + best.size());
        std::merge(m_best.begin(), m_best.end(), best.begin(), best.end(), std::back_inserter(merged), before);
        merged.resize(std::min(merged.size(), m_size));
        m_best = std::move(merged);
        m_changed = true;
    }

    // Calls `preview` when something changed since the last call (or when `always`).
    void report(const SearchPreview& preview, bool always)
    {
        std::vector<Candidate> best;
        std::int64_t feasible = 0;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_changed && !always) {
                return;
            }
            m_changed = false;
            best = m_best;
            feasible = m_feasible;
        }
        preview(std::move(best), feasible);
    }

private:
    Objective m_objective;
    std::size_t m_size;
    std::mutex m_mutex;
    std::vector<Candidate> m_best;
    std::int64_t m_feasible = 0;
    bool m_changed = false;
};

} // namespace

SearchResult runSearch(const Profile& profile, Objective objective, unsigned threads, const std::atomic<bool>* cancel,
                       const std::function<void(std::int64_t, std::int64_t)>& progress, const SearchBounds& bounds,
                       const SearchPreview& preview, std::size_t previewSize)
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
    BestSoFar best(objective, previewSize);
    auto work = [&](unsigned index) {
        try {
            std::size_t lastKept = 0;
            // One EPLB cache per thread for the whole search: its slices share placements.
            EplbCache eplbCache;
            const EplbCacheScope eplbScope(eplbCache);
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
                if (preview) {
                    best.offer(part.feasible, part.feasibleCount);
                }
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
    if (progress || preview) {
        // The calling thread reports progress while the pool works, then joins in.
        std::thread last(work, 0u);
        auto lastPreview = std::chrono::steady_clock::now();
        while (done.load() < total && !stopped()) {
            if (progress) {
                progress(done.load(), total);
            }
            if (preview && std::chrono::steady_clock::now() - lastPreview >= std::chrono::milliseconds(250)) {
                best.report(preview, false);
                lastPreview = std::chrono::steady_clock::now();
            }
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
    if (preview) {
        best.report(preview, true);
    }
    return finishSearch(std::move(partials), objective, cancel && cancel->load(), bounds);
}

} // namespace moe::cli
