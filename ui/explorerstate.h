#pragma once

// The one shared state of the window: the profile being explored, its evaluation
// and the selected GPU. Views observe its signals; editors change it through
// setProfile()/setStrategy(). Evaluation runs on the GUI thread: a full per-GPU
// evaluation takes well under a millisecond even at 16,384 GPUs (docs/benchmarks.md).

#include <QObject>

#include <optional>

#include "evaluation.h"
#include "profile.h"
#include "profileio.h"

namespace moe::ui {

class ExplorerState : public QObject {
    Q_OBJECT

public:
    explicit ExplorerState(Profile profile, QObject* parent = nullptr);

    const Profile& profile() const { return m_profile; }
    const Evaluation& evaluation() const { return m_evaluation; }
    // Why the profile cannot be evaluated (an invalid field or an illegal strategy).
    std::optional<ProfileError> problem() const { return m_problem; }
    qint64 selectedGpu() const { return m_selectedGpu; }

    // Replaces the whole profile; every field is validated as a file would be.
    void setProfile(Profile profile);
    // Changes only the strategy: the fast path while a slider moves.
    void setStrategy(const Strategy& strategy);
    void setSelectedGpu(qint64 gpu);

Q_SIGNALS:
    // The profile was replaced or edited; the evaluation follows at once.
    void profileChanged();
    void evaluationChanged();
    void selectedGpuChanged(qint64 gpu);

private:
    void reevaluate();

    Profile m_profile;
    Evaluation m_evaluation;
    std::optional<ProfileError> m_problem;
    bool m_invalidFields = false;  // the problem is in a field, not only the strategy
    qint64 m_selectedGpu = 0;
};

} // namespace moe::ui
