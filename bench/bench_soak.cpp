// The soak test's speed target (issue 11: no GUI-thread block over 100 ms during 10,000
// scripted random edits) measured, not asserted: the same edits as
// tests/ui/window/tst_soak.cpp (tests/ui/window/soakscript.h), one per event-loop turn,
// so the window handles and repaints after every edit, while a 1 ms heartbeat timer
// runs. The longest gap between two ticks is the longest the GUI thread was blocked;
// the most GUI-thread CPU time within one gap separates the window's own work from
// waiting for a core on a shared machine. Also prints resident memory after 1,000 edits
// and at the end, measured as the test does. Rerun:
//   build/release/bench/bench_soak [edits, default 10000] [seed, default 20261130]

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "profile/builtins.h"
#include "soakscript.h"
#include "window/mainwindow.h"

namespace {

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int edits = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10'000;
    const auto seed = static_cast<std::uint32_t>(argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20261130UL);
    constexpr int kWarmUp = 1'000;

    moe::LoadResult seedProfile = moe::loadBuiltin("seed");
    if (!seedProfile.ok()) {
        std::fprintf(stderr, "cannot load builtin:seed\n");
        return 1;
    }
    moe::ui::MainWindow window(*seedProfile.profile, QStringLiteral("builtin:seed"));
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    moe::soak::Script script(window, seed);

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 lastCpu = 0;
    qint64 worst = 0;
    qint64 worstCpu = 0;
    QString worstEdit;     // the edit made just before the longest gap ended
    QString worstCpuEdit;  // the same for the gap with the most GUI-thread CPU
    int gapsOver100 = 0;   // gaps over 100 ms, and those with over 100 ms of GUI-thread CPU
    int cpuOver100 = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (now - last > worst) {
            worst = now - last;
            worstEdit = script.log().isEmpty() ? QString() : script.log().back();
        }
        if (cpu - lastCpu > worstCpu) {
            worstCpu = cpu - lastCpu;
            worstCpuEdit = script.log().isEmpty() ? QString() : script.log().back();
        }
        gapsOver100 += now - last > 100'000'000 ? 1 : 0;
        cpuOver100 += cpu - lastCpu > 100'000'000 ? 1 : 0;
        last = now;
        lastCpu = cpu;
    });

    qint64 afterWarmUp = -1;
    qint64 atEnd = -1;
    int done = 0;
    QEventLoop loop;
    QTimer stepper;
    stepper.setInterval(0);  // one edit per event-loop turn: the window repaints between edits
    QObject::connect(&stepper, &QTimer::timeout, [&] {
        script.step();
        ++done;
        if (done == kWarmUp) {
            afterWarmUp = script.residentOnSeed();
        }
        if (done == edits) {
            stepper.stop();
            atEnd = script.residentOnSeed();
            QTimer::singleShot(100, &loop, &QEventLoop::quit);  // and what the last edits posted
        }
    });
    const qint64 cpuStart = threadCpuNs();
    last = clock.nsecsElapsed();
    lastCpu = cpuStart;
    heartbeat.start();
    stepper.start();
    loop.exec();
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const double cpuSeconds = static_cast<double>(threadCpuNs() - cpuStart) / 1e9;

    std::printf("%d scripted edits (seed %u) in %.1f s, GUI-thread CPU %.1f s (%.2f ms per edit)\n", edits, seed, seconds, cpuSeconds,
                1e3 * cpuSeconds / edits);
    std::printf("longest GUI-thread block: %.1f ms, ending after edit %s\n", static_cast<double>(worst) / 1e6,
                qPrintable(worstEdit));
    std::printf("most GUI-thread CPU within one block: %.1f ms, ending after edit %s\n", static_cast<double>(worstCpu) / 1e6,
                qPrintable(worstCpuEdit));
    std::printf("blocks over 100 ms: %d; with over 100 ms of GUI-thread CPU: %d\n", gapsOver100, cpuOver100);
    if (afterWarmUp > 0) {
        std::printf("resident memory on the seed after %d edits: %lld KiB; after %d: %lld KiB (%+.2f%%)\n", kWarmUp, afterWarmUp,
                    edits, atEnd, 100.0 * static_cast<double>(atEnd - afterWarmUp) / static_cast<double>(afterWarmUp));
    } else {
        std::printf("resident memory on the seed after %d edits: %lld KiB\n", edits, atEnd);
    }
    return 0;
}
