// Time from a slider's value change to the repainted window, on the offscreen
// platform. Prints figures; asserts nothing. Rerun:
//   build/release/bench/bench_slider [moves]
// Each move sets the EP slider to the other of two legal values, lets the window
// process the change (evaluation, charts, grid, verdict), and forces a synchronous
// repaint of the whole window.

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "profile/builtins.h"
#include "window/mainwindow.h"
#include "window/parametersdock.h"
#include "window/parameterslider.h"
#include "profile/profileio.h"

namespace {

struct Figures {
    double medianMs;
    double worstMs;
    double updateMs;   // median: the change itself (evaluation and every view's update)
    double eventsMs;   // median: the posted events it caused (layouts, chart scenes)
    double paintMs;    // median: the synchronous repaint
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

Figures measure(moe::Profile profile, int moves)
{
    moe::ui::MainWindow window(std::move(profile));
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    window.repaint();
    moe::ui::ParameterSlider* ep = window.parametersDock()->slider(moe::ui::ParametersDock::Parameter::Ep);
    std::vector<double> times;
    std::vector<double> update;
    std::vector<double> events;
    std::vector<double> paint;
    for (int i = 0; i < moves; ++i) {
        QSlider* slider = ep->slider();
        const int next = slider->value() > 0 ? slider->value() - 1 : slider->value() + 1;
        QElapsedTimer timer;
        timer.start();
        slider->setValue(next);
        const qint64 a = timer.nsecsElapsed();
        QApplication::processEvents();
        const qint64 b = timer.nsecsElapsed();
        window.repaint();
        const qint64 c = timer.nsecsElapsed();
        times.push_back(static_cast<double>(c) / 1e6);
        update.push_back(static_cast<double>(a) / 1e6);
        events.push_back(static_cast<double>(b - a) / 1e6);
        paint.push_back(static_cast<double>(c - b) / 1e6);
    }
    const double worst = *std::max_element(times.begin(), times.end());
    return {median(times), worst, median(update), median(events), median(paint)};
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int moves = argc > 1 ? std::max(2, std::atoi(argv[1])) : 60;
    moe::LoadResult seed = moe::loadBuiltin("seed");
    moe::LoadResult large = moe::loadProfileFile(MOE_BENCH_DIR "/deepseek-v3-16k.moeprofile.json");
    if (!seed.ok() || !large.ok()) {
        std::fprintf(stderr, "cannot load the benchmark profiles\n");
        return 1;
    }
    std::printf("%-34s %10s %10s   %s\n", "slider move to repainted window", "median ms", "worst ms",
                "(median: update + events + paint)");
    const auto print = [](const char* name, const Figures& f) {
        std::printf("%-34s %10.2f %10.2f   (%.2f + %.2f + %.2f)\n", name, f.medianMs, f.worstMs, f.updateMs, f.eventsMs,
                    f.paintMs);
    };
    print("seed, 128 GPUs", measure(*seed.profile, moves));
    print("DeepSeek-V3-sized, 16,384 GPUs", measure(*large.profile, moves));
    return 0;
}
