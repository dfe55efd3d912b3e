#pragma once

// The Parameters dock: sliders with spin boxes for the strategy (TP, PP, DP, EP, ETP)
// and the workload's batch, sequence length and micro-batches, the mode, and below
// them the rest of the profile in collapsible groups.

#include <QDockWidget>

#include <optional>

class QComboBox;

namespace moe::ui {

class ExplorerState;
class ParameterSlider;
class ProfileForm;

class ParametersDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ParametersDock(ExplorerState& state, QWidget* parent = nullptr);

    enum class Parameter { Tp, Pp, Dp, Ep, Etp, Batch, Sequence, MicroBatches };
    ParameterSlider* slider(Parameter parameter) const;
    ProfileForm* profileForm() const { return m_form; }

private:
    QWidget* buildStrategy();
    void refresh();
    void choose(Parameter parameter, qint64 value);

    ExplorerState& m_state;
    ParameterSlider* m_sliders[8] = {};
    QComboBox* m_mode = nullptr;
    ProfileForm* m_form = nullptr;
    // The slider the user moved last: only it offers the nearest legal values, as the
    // value to correct is the one just chosen, not the others it made illegal.
    std::optional<Parameter> m_lastChosen;
};

} // namespace moe::ui
