#include "explorerstate.h"

namespace moe::ui {

ExplorerState::ExplorerState(Profile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    reevaluate();
}

void ExplorerState::setProfile(Profile profile)
{
    // Editors may produce combinations a file could not hold (kv_heads not dividing
    // heads, a reserve above memory): the file reader's rules decide, so the window
    // and the CLI agree on what is valid.
    const LoadResult check = parseProfile(serializeProfile(profile), profile.name);
    m_profile = std::move(profile);
    m_problem.reset();
    // A strategy the file reader refuses is still handed to evaluate(), which explains
    // it; any other invalid field stops evaluation.
    const std::optional<ProfileError> strategyError = checkStrategy(m_profile, m_profile.strategy);
    m_invalidFields = !check.ok()
        && !(strategyError && strategyError->path == check.error.path && strategyError->message == check.error.message);
    if (m_invalidFields) {
        m_problem = check.error;
        m_evaluation = Evaluation{};
        m_evaluation.strategy = m_profile.strategy;
        m_evaluation.error = check.error.message;
        m_evaluation.errorPath = check.error.path;
        Q_EMIT profileChanged();
        Q_EMIT evaluationChanged();
        return;
    }
    Q_EMIT profileChanged();
    reevaluate();
}

void ExplorerState::setStrategy(const Strategy& strategy)
{
    if (strategy == m_profile.strategy && !m_problem) {
        return;
    }
    if (m_invalidFields) {
        Profile edited = m_profile;
        edited.strategy = strategy;
        setProfile(std::move(edited));
        return;
    }
    m_profile.strategy = strategy;
    Q_EMIT profileChanged();
    reevaluate();
}

void ExplorerState::setSelectedGpu(qint64 gpu)
{
    if (gpu == m_selectedGpu) {
        return;
    }
    m_selectedGpu = gpu;
    Q_EMIT selectedGpuChanged(gpu);
}

void ExplorerState::reevaluate()
{
    m_evaluation = evaluate(m_profile, Detail::PerGpu);
    m_problem.reset();
    if (!m_evaluation.valid) {
        m_problem = ProfileError{m_evaluation.errorPath, m_evaluation.error};
    }
    const qint64 gpus = static_cast<qint64>(m_evaluation.gpus.size());
    if (m_selectedGpu >= gpus) {
        m_selectedGpu = 0;
        Q_EMIT selectedGpuChanged(0);
    }
    Q_EMIT evaluationChanged();
}

} // namespace moe::ui
