#include "document/explorerstate.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <new>

#include "document/editcommands.h"
#include "profile/usersystems.h"

namespace moe::ui {

ExplorerState::ExplorerState(Profile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_undo(new QUndoStack(this))
    , m_systemWatch(new QFileSystemWatcher(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    // A calibration saved again (Tools > Calibrate writes a temporary file and renames
    // it over the old one, which the folder's watch sees), edited or removed.
    const auto systemFileChanged = [this] {
        const std::optional<UncertaintyBand> before = m_band;
        lookUpBand();
        const bool same = before.has_value() == m_band.has_value()
            && (!before || (before->system == m_band->system && before->band == m_band->band));
        if (!same) {
            Q_EMIT bandChanged();
        }
    };
    connect(m_systemWatch, &QFileSystemWatcher::fileChanged, this, systemFileChanged);
    connect(m_systemWatch, &QFileSystemWatcher::directoryChanged, this, systemFileChanged);
    followBand();
    reevaluate();
}

void ExplorerState::setBandSource(BandSource source)
{
    m_bandSource = std::move(source);
    lookUpBand();
}

void ExplorerState::followBand()
{
    if (m_bandSystem != m_profile.cluster.system) {
        lookUpBand();
    }
}

void ExplorerState::lookUpBand()
{
    const std::string& id = m_profile.cluster.system;
    m_bandSystem = id;
    m_band = m_bandSource(m_profile);
    // Watch the file of a name a user system can have (a built-in's id cannot be one,
    // checkUserSystemId()), and its folder, which sees a file created or renamed over.
    const QStringList watched = m_systemWatch->files() + m_systemWatch->directories();
    if (!watched.isEmpty()) {
        m_systemWatch->removePaths(watched);
    }
    if (id.empty() || checkUserSystemId(id)) {
        return;
    }
    const QString path = QString::fromStdString(userSystemPath(id));
    if (path.isEmpty()) {
        return;
    }
    for (const QString& existing : {path, QFileInfo(path).absolutePath()}) {
        if (QFileInfo::exists(existing)) {
            m_systemWatch->addPath(existing);
        }
    }
}

namespace {

// What applyProfile() sends through the file reader: the profile without its baseline,
// and a measured routing table of the right shape cut to its first row. The reader
// checks a table's shape and values; the shape is checked here, and the values came
// through the reader when the file was opened (no editor changes them), so a 15 MB
// table is not serialized and parsed again at every edit (issue 11, point 7). A table
// of the wrong shape goes through whole, for the reader's own message.
Profile checkedPart(const Profile& profile)
{
    Profile part = profile;
    part.baseline.reset();
    auto& loads = part.workload.routing.loads;
    const auto rows = static_cast<std::int64_t>(loads.size());
    const bool shaped = (rows == 1 || rows == profile.model.moeLayers())
        && std::all_of(loads.begin(), loads.end(),
                       [&](const auto& row) { return static_cast<std::int64_t>(row.size()) == profile.model.experts; });
    if (shaped && rows > 1) {
        loads.resize(1);
    }
    return part;
}

} // namespace

void ExplorerState::applyProfile(Profile profile)
{
    // Editors may produce combinations a file could not hold (kv_heads not dividing
    // heads, a reserve above memory): the file reader's rules decide, so the window
    // and the CLI agree on what is valid. The baseline is checked apart: a baseline that
    // cannot run (the seed's 3-GPU one in training) must not stop the current strategy
    // from being evaluated; the views label the baseline's own problem.
    const LoadResult check = parseProfile(serializeProfile(checkedPart(profile)), profile.name);
    m_profile = std::move(profile);
    m_problem.reset();
    followBand();
    // A strategy the file reader refuses is still handed to evaluate(), which explains
    // it; any other invalid field stops evaluation.
    const std::optional<ProfileError> strategyError = checkStrategy(m_profile, m_profile.strategy);
    m_invalidFields = !check.ok()
        && !(strategyError && strategyError->path == check.error.path && strategyError->message == check.error.message);
    if (m_invalidFields) {
        ++m_request;  // a result still on its way is for a profile no longer shown
        setPending(false);
        m_problem = check.error;
        Evaluation invalid;
        invalid.strategy = m_profile.strategy;
        invalid.error = check.error.message;
        invalid.errorPath = check.error.path;
        invalid.errorPhrase = check.error.phrase;
        m_evaluation = std::make_shared<const Evaluation>(std::move(invalid));
        Q_EMIT profileChanged();
        Q_EMIT evaluationChanged();
        return;
    }
    Q_EMIT profileChanged();
    reevaluate();
}

void ExplorerState::applyStrategy(const Strategy& strategy)
{
    if (strategy == m_profile.strategy && !m_problem) {
        return;
    }
    if (m_invalidFields) {
        Profile edited = m_profile;
        edited.strategy = strategy;
        applyProfile(std::move(edited));
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

void ExplorerState::setProfile(Profile profile, const QString& text, int mergeKey)
{
    if (sameProfile(profile, m_profile)) {
        return;
    }
    // push() runs redo(), which applies the edit.
    const QString name = text.isEmpty() ? tr("Edit profile") : text;
    m_undo->push(new ProfileEditCommand(*this, m_profile, std::move(profile), name, mergeKey, m_gesture));
}

void ExplorerState::setStrategy(const Strategy& strategy, const QString& text, int mergeKey)
{
    if (strategy == m_profile.strategy) {
        return;
    }
    const QString name = text.isEmpty() ? tr("Change strategy") : text;
    m_undo->push(new StrategyEditCommand(*this, m_profile.strategy, strategy, name, mergeKey, m_gesture));
}

void ExplorerState::beginGesture()
{
    m_gesture = ++m_lastGesture;
}

void ExplorerState::endGesture()
{
    m_gesture = 0;
}

void ExplorerState::resetProfile(Profile profile)
{
    m_gesture = 0;
    m_undo->clear();
    Q_EMIT documentOpening();
    // A GPU chosen in the last document means nothing in this one (it may be idle here).
    setSelectedGpu(0);
    applyProfile(std::move(profile));
}

bool ExplorerState::isModified() const
{
    return !m_undo->isClean();
}

void ExplorerState::markSaved()
{
    m_undo->setClean();
}

void ExplorerState::markUnsaved()
{
    m_undo->resetClean();
}

bool ExplorerState::evaluatesInBackground() const
{
    qint64 weights = 0;
    for (const auto& row : m_profile.workload.routing.loads) {
        weights += static_cast<qint64>(row.size());
    }
    return m_profile.cluster.gpuCount > m_backgroundAbove || weights > kBackgroundRoutingWeights;
}

void ExplorerState::setPending(bool pending)
{
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT evaluatingChanged(pending);
    }
}

void ExplorerState::reevaluate()
{
    const quint64 request = ++m_request;
    if (!evaluatesInBackground()) {
        setPending(false);
        applyEvaluation(evaluate(m_profile, Detail::PerGpu));
        return;
    }
    // The worker gets its own copy; only the latest request's result is applied, so
    // a slider dragged across ten values shows the last one, not all ten in turn.
    setPending(true);
    QPointer<ExplorerState> self(this);
    (void)QtConcurrent::run([self, request, profile = m_profile] {
        Evaluation ev;
        try {
            ev = evaluate(profile, Detail::PerGpu);
        } catch (const std::bad_alloc&) {
            ev = Evaluation{};
            ev.strategy = profile.strategy;
            ev.errorPhrase = {"ExplorerState", QT_TRANSLATE_NOOP("ExplorerState", "out of memory evaluating this profile"), {}};
            ev.error = ev.errorPhrase.english();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, request, ev = std::move(ev)]() mutable {
                if (self && request == self->m_request) {
                    self->setPending(false);
                    self->applyEvaluation(std::move(ev));
                }
            },
            Qt::QueuedConnection);
    });
}

void ExplorerState::applyEvaluation(Evaluation evaluation)
{
    m_evaluation = std::make_shared<const Evaluation>(std::move(evaluation));
    m_problem.reset();
    if (!m_evaluation->valid) {
        m_problem = ProfileError{m_evaluation->errorPath, m_evaluation->error, m_evaluation->errorPhrase};
    }
    const qint64 gpus = static_cast<qint64>(m_evaluation->gpus.size());
    if (m_selectedGpu >= gpus) {
        m_selectedGpu = 0;
        Q_EMIT selectedGpuChanged(0);
    }
    Q_EMIT evaluationChanged();
}

} // namespace moe::ui
