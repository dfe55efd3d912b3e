#pragma once

// The soak test's scripted random edits (issue 11, "Tests that must exist"), shared by
// tests/ui/window/tst_soak.cpp, which checks the window stays consistent and its
// memory flat, and bench/bench_soak.cpp, which runs the same edits with a heartbeat
// timer and prints the longest GUI-thread block. One edit is what a user does in one
// gesture: a strategy or workload slider moved to a random position (EP, TP, PP, DP,
// batch, sequence), the mode changed, a built-in opened (File > New from Built-in;
// unsaved changes discarded), Undo or Redo. The generator is std::mt19937, whose
// sequence the C++ standard fixes, used without a distribution (those are
// implementation-defined), so a seed gives the same edits on every platform.
//
// After every edit check() compares the window with the document: each slider and
// spin box shows the profile's value, the mode box its mode, the evaluation is core's
// for the profile, and Undo and Redo return exactly the profile the history held at
// that point (a shadow copy kept here, index by index).

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QSlider>
#include <QSpinBox>
#include <QStringList>
#include <QThreadPool>
#include <QUndoStack>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <random>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "document/documentcontroller.h"
#include "document/editcommands.h"
#include "document/explorerstate.h"
#include "document/userprompts.h"
#include "model/evaluation.h"
#include "profile/builtins.h"
#include "profile/profileio.h"
#include "window/mainwindow.h"
#include "window/parametersdock.h"
#include "window/parameterslider.h"

namespace moe::soak {

// Answers "Save changes?" with Discard, so opening a built-in never waits for a person,
// and counts the warnings (a built-in that fails to open would be one).
class DiscardingPrompts : public ui::UserPrompts {
public:
    explicit DiscardingPrompts(std::shared_ptr<QStringList> warnings)
        : m_warnings(std::move(warnings))
    {
    }
    void warn(QWidget*, const QString& title, const QString& text, const QString& details) override
    {
        *m_warnings << title + QStringLiteral(": ") + text + QStringLiteral(" ") + details;
    }
    SaveChoice askSaveChanges(QWidget*, const QString&) override { return SaveChoice::Discard; }

private:
    std::shared_ptr<QStringList> m_warnings;  // shared: the window may outlive the script
};

// Resident memory of this process in KiB (VmRSS of /proc/self/status), or -1 where
// there is no /proc.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').front().toLongLong();
        }
    }
    return -1;
}

class Script {
public:
    using Parameter = ui::ParametersDock::Parameter;

    Script(ui::MainWindow& window, std::uint32_t seed)
        : m_window(window)
        , m_random(seed)
    {
        m_window.setPrompts(std::make_unique<DiscardingPrompts>(m_warnings));
        for (const BuiltinProfile& builtin : builtinProfiles()) {
            m_builtins << QString::fromUtf8(builtin.id.data(), static_cast<qsizetype>(builtin.id.size()));
        }
        m_history = {m_window.state().profile()};
    }

    // Makes one random edit and returns what it was ("#17 DP slider to 8").
    QString step()
    {
        ++m_count;
        const std::uint32_t roll = pick(100);
        QString what;
        if (roll < 60) {
            what = moveSlider();
        } else if (roll < 70) {
            what = changeMode();
        } else if (roll < 75) {
            what = openBuiltin();
        } else if (roll < 90) {
            what = undoOrRedo(true);
        } else {
            what = undoOrRedo(false);
        }
        what = QStringLiteral("#%1 %2").arg(m_count).arg(what);
        m_log << what;
        return what;
    }

    // What is wrong with the window after the last edit, or an empty string.
    QString check() const
    {
        const ui::ExplorerState& state = m_window.state();
        const Profile& p = state.profile();
        if (!m_warnings->isEmpty()) {
            return QStringLiteral("the window warned: ") + m_warnings->join(QStringLiteral("; "));
        }
        const struct {
            Parameter parameter;
            std::int64_t value;
            const char* name;
        } shown[] = {
            {Parameter::Ep, p.strategy.ep, "EP"},        {Parameter::Tp, p.strategy.tp, "TP"},
            {Parameter::Pp, p.strategy.pp, "PP"},        {Parameter::Dp, p.strategy.dp, "DP"},
            {Parameter::Batch, p.workload.batch, "batch"}, {Parameter::Sequence, p.workload.seqLen, "sequence"},
        };
        for (const auto& s : shown) {
            const ui::ParameterSlider* slider = m_window.parametersDock()->slider(s.parameter);
            const auto& values = slider->legalValues();
            const int position = slider->slider()->value();
            const bool positionShows = position >= 0 && position < static_cast<int>(values.size())
                                       && values[static_cast<std::size_t>(position)] == s.value;
            const int spin = static_cast<int>(std::min<std::int64_t>(s.value, std::numeric_limits<int>::max()));
            if (slider->value() != s.value || !positionShows || slider->spinBox()->value() != spin) {
                return QStringLiteral("the %1 slider shows %2 (spin box %3) but the document holds %4")
                    .arg(QLatin1String(s.name))
                    .arg(slider->value())
                    .arg(slider->spinBox()->value())
                    .arg(s.value);
            }
        }
        if (mode()->currentIndex() != static_cast<int>(p.workload.mode)) {
            return QStringLiteral("the mode box shows %1 but the document holds %2")
                .arg(mode()->currentIndex())
                .arg(static_cast<int>(p.workload.mode));
        }
        const QUndoStack* undo = state.undoStack();
        if (undo->index() >= static_cast<int>(m_history.size()) || !ui::sameProfile(p, m_history[static_cast<std::size_t>(undo->index())])) {
            return QStringLiteral("at undo step %1 the document is not the profile it was at that step").arg(undo->index());
        }
        if (!state.isEvaluating()) {
            const Evaluation expected = evaluate(p);
            const Evaluation& ev = state.evaluation();
            // The window also refuses a profile whose fields a file could not hold (a
            // prefix-cache share that leaves no token of a 2-token prompt), as the file
            // reader would; evaluate() checks only the strategy.
            const bool fieldsRefused = !ev.valid && expected.valid && state.problem()
                                       && !parseProfile(serializeProfile(p), p.name).ok();
            if (!fieldsRefused && (ev.valid != expected.valid || (ev.valid && ev.time.total != expected.time.total))) {
                return QStringLiteral("the window's evaluation (valid %1, %2 s%3) is not core's for the document (valid %4, %5 s%6)")
                    .arg(ev.valid)
                    .arg(ev.time.total)
                    .arg(QString::fromStdString(ev.error.empty() ? std::string() : ": " + ev.error))
                    .arg(expected.valid)
                    .arg(expected.time.total)
                    .arg(QString::fromStdString(expected.error.empty() ? std::string() : ": " + expected.error));
            }
        }
        return {};
    }

    // Resident memory in KiB in a state that does not depend on where the edits left
    // off: the seed opened afresh (an empty undo history; a DeepSeek-V3 built-in's
    // per-GPU list is larger), the events handled and deleted objects freed. Logged as
    // an edit, as it is one.
    qint64 residentOnSeed()
    {
        m_window.document()->openBuiltin(QStringLiteral("seed"));
        m_history = {m_window.state().profile()};
        m_log << QStringLiteral("(open builtin:seed to measure memory)");
        QThreadPool::globalInstance()->waitForDone();  // no evaluation in flight
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
#if defined(__GLIBC__)
        // Freed heap pages glibc keeps for reuse still count as resident; returning them
        // first measures what is alive (a leak), not the allocator's cache (+1.7% and
        // +5.2% in two runs of the same edits without this).
        malloc_trim(0);
#endif
        return residentKiB();
    }

    // Every edit so far, one a line, for a failure's log.
    const QStringList& log() const { return m_log; }
    int count() const { return m_count; }

private:
    std::uint32_t pick(std::uint32_t n) { return static_cast<std::uint32_t>(m_random() % n); }

    QComboBox* mode() const { return m_window.parametersDock()->findChild<QComboBox*>(); }

    // After an edit that may have recorded a command (one that changes nothing records
    // nothing and keeps what can be redone): a new command drops what could be redone,
    // and its index holds the new profile.
    void recordEdit(int indexBefore)
    {
        const int index = m_window.state().undoStack()->index();
        if (index == indexBefore) {
            return;
        }
        m_history.resize(static_cast<std::size_t>(index));
        m_history.push_back(m_window.state().profile());
    }
    int undoIndex() const { return m_window.state().undoStack()->index(); }

    QString moveSlider()
    {
        static constexpr struct {
            Parameter parameter;
            const char* name;
        } sliders[] = {{Parameter::Ep, "EP"}, {Parameter::Tp, "TP"},       {Parameter::Pp, "PP"},
                       {Parameter::Dp, "DP"}, {Parameter::Batch, "batch"}, {Parameter::Sequence, "sequence"}};
        const auto& chosen = sliders[pick(std::size(sliders))];
        ui::ParameterSlider* slider = m_window.parametersDock()->slider(chosen.parameter);
        QSlider* handle = slider->slider();
        const int position = handle->minimum() + static_cast<int>(pick(static_cast<std::uint32_t>(handle->maximum() - handle->minimum() + 1)));
        if (!slider->isEnabled()) {
            return QStringLiteral("%1 slider disabled, not moved").arg(QLatin1String(chosen.name));
        }
        const int before = undoIndex();
        handle->setValue(position);  // as the keyboard or a click on the groove does
        recordEdit(before);
        return QStringLiteral("%1 slider to position %2 (%3)").arg(QLatin1String(chosen.name)).arg(position).arg(slider->value());
    }

    QString changeMode()
    {
        const int index = static_cast<int>(pick(3));
        QComboBox* box = mode();
        const int before = undoIndex();
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);  // what a user's choice in the box sends
        recordEdit(before);
        return QStringLiteral("mode to %1").arg(box->itemText(index));
    }

    QString openBuiltin()
    {
        const QString id = m_builtins[static_cast<qsizetype>(pick(static_cast<std::uint32_t>(m_builtins.size())))];
        m_window.document()->openBuiltin(id);
        m_history = {m_window.state().profile()};
        return QStringLiteral("open builtin:%1").arg(id);
    }

    QString undoOrRedo(bool undo)
    {
        QUndoStack* stack = m_window.state().undoStack();
        if (undo ? !stack->canUndo() : !stack->canRedo()) {
            return undo ? QStringLiteral("undo (nothing to undo)") : QStringLiteral("redo (nothing to redo)");
        }
        const QString text = undo ? stack->undoText() : stack->redoText();
        undo ? stack->undo() : stack->redo();
        return (undo ? QStringLiteral("undo \"%1\"") : QStringLiteral("redo \"%1\"")).arg(text);
    }

    ui::MainWindow& m_window;
    std::mt19937 m_random;
    QStringList m_builtins;
    std::shared_ptr<QStringList> m_warnings = std::make_shared<QStringList>();
    QStringList m_log;
    std::vector<Profile> m_history;  // the profile at each index of the undo stack
    int m_count = 0;
};

} // namespace moe::soak
