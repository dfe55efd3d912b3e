// The cost of one step of a live expert drag (issue 15, point 6): the window with the
// grid on "Expert load per slot" and the Heat Maps panel on the traffic matrix; expert
// 0 of MoE layer 0 is previewed on each GPU of its EP group in turn, as a drag over
// them sends it, and each preview is timed until the window has repainted (the
// evaluation, the grid, the charts and the traffic matrix). Prints figures; asserts
// nothing. Rerun:
//   build/release/bench/bench_expertdrag [builtin id] [moves]
// (default deepseek-v3-decode-ep144-h800, 40 moves).

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <QUndoStack>

#include "document/explorerstate.h"
#include "grid/gpugridwidget.h"
#include "grid/gridmetric.h"
#include "grid/gridpanel.h"
#include "heatmaps/heatmapsdock.h"
#include "profile/builtins.h"
#include "window/mainwindow.h"

namespace {

// CPU time of the GUI thread: on a shared machine the wall time also counts the waits
// for a core (bench_guiblock.cpp does the same).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const std::string id = argc > 1 ? argv[1] : "deepseek-v3-decode-ep144-h800";
    const int moves = argc > 2 ? std::max(1, std::atoi(argv[2])) : 40;
    moe::LoadResult loaded = moe::loadBuiltin(id);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s: %s\n", id.c_str(), loaded.error.toString().c_str());
        return 1;
    }
    moe::ui::MainWindow window(*loaded.profile);
    window.resize(1500, 950);
    window.show();
    window.heatMapsDock()->show();
    window.heatMapsDock()->setKind(moe::ui::HeatMapKind::Traffic);
    moe::ui::GridPanel& panel = *window.gridPanel();
    panel.metricBox()->setCurrentIndex(panel.metricBox()->findData(static_cast<int>(moe::ui::GridMetric::ExpertLoad)));
    panel.layerBox()->setCurrentIndex(panel.layerBox()->findData(0));
    app.processEvents();
    const std::int64_t ep = window.state().profile().strategy.ep;
    std::vector<double> ms;
    std::vector<double> cpuMs;
    QElapsedTimer timer;
    for (int i = 0; i < moves; ++i) {
        // Over rank 1, 2, ... (and back to "over nothing" every tenth move).
        const std::int64_t to = i % 10 == 9 ? -1 : 1 + i % std::max<std::int64_t>(1, ep - 1);
        timer.start();
        const double cpuStart = threadCpuMs();
        Q_EMIT panel.grid()->expertMovePreviewed(0, 0, 0, to);
        window.repaint();  // paints every view now, as the event loop would
        app.processEvents();
        cpuMs.push_back(threadCpuMs() - cpuStart);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    // A repaint with nothing changed, and the evaluation alone for a would-be
    // placement: what the views' own updates cost is the rest.
    std::vector<double> repaintMs;
    for (int i = 0; i < 10; ++i) {
        timer.start();
        window.repaint();
        app.processEvents();
        repaintMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(repaintMs.begin(), repaintMs.end());
    Q_EMIT panel.grid()->expertMovePreviewed(0, 0, 0, 1);
    const moe::Profile previewed = window.state().profile();
    std::vector<double> evaluateMs;
    for (int i = 0; i < 10; ++i) {
        timer.start();
        const moe::Evaluation ev = moe::evaluate(previewed, moe::Detail::PerGpu);
        evaluateMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(evaluateMs.begin(), evaluateMs.end());
    Q_EMIT panel.grid()->expertMoveCancelled();
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    std::printf("%s: %d previews, per move: GUI-thread CPU median %.1f ms, max %.1f ms; wall median %.1f ms, "
                "max %.1f ms; undo steps after the cancel: %d\n",
                id.c_str(), moves, cpuMs[cpuMs.size() / 2], cpuMs.back(), ms[ms.size() / 2], ms.back(),
                window.state().undoStack()->count());
    std::printf("a repaint of the window with nothing changed: median %.1f ms; the per-GPU evaluation of a "
                "would-be placement: median %.1f ms\n",
                repaintMs[repaintMs.size() / 2], evaluateMs[evaluateMs.size() / 2]);
    return 0;
}
