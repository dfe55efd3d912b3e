#include "window/profileform.h"

#include <QPalette>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "widgets/collapsiblesection.h"
#include "widgets/systemcombobox.h"
#include "document/explorerstate.h"
#include "profile/choosesystem.h"
#include "profile/systems.h"
#include "profile/valuelimits.h"

namespace moe::ui {

namespace {

double asDouble(std::int64_t v)
{
    return static_cast<double>(v);
}

std::int64_t asInteger(double v)
{
    return static_cast<std::int64_t>(std::llround(v));
}

QFormLayout* newForm(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setContentsMargins(12, 0, 0, 6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

ProfileForm::ProfileForm(ExplorerState& state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new CollapsibleSection(tr("Cluster"), buildCluster(), false, this));
    layout->addWidget(new CollapsibleSection(tr("Model"), buildModel(), false, this));
    layout->addWidget(new CollapsibleSection(tr("Workload and limits"), buildWorkload(), false, this));
    refresh();
}

void ProfileForm::refresh()
{
    for (const auto& load : m_loaders) {
        load();
    }
    updateSystemFields();
}

void ProfileForm::chooseSystem(const QString& id)
{
    const SystemSpec* system = id.isEmpty() ? nullptr : findSystem(id.toStdString());
    if (!id.isEmpty() && system == nullptr) {
        refresh();  // its file went away since the list was read
        return;
    }
    Profile edited = m_state.profile();
    moe::chooseSystem(edited, system);
    const QString name = id.isEmpty() ? tr("custom") : id;
    m_state.setProfile(std::move(edited), tr("Set system to %1").arg(name));
    refresh();  // the same system again records nothing, but the fields follow
}

void ProfileForm::setBySystem(const QString& label, Getter get)
{
    QWidget* editor = m_editors.value(label);
    Q_ASSERT(editor != nullptr);
    m_systemFields.push_back({editor, editor->toolTip(), std::move(get)});
}

// A field holding its system's value reads in the greyed text of a disabled field but
// stays editable; the profile's own values read as usual.
void ProfileForm::showAsSystemValue(QWidget* editor, bool fromSystem)
{
    if (!fromSystem) {
        editor->setPalette(QPalette());  // inherit the window's again
        return;
    }
    QPalette greyed = editor->palette();
    greyed.setColor(QPalette::Active, QPalette::Text, greyed.color(QPalette::Disabled, QPalette::Text));
    greyed.setColor(QPalette::Inactive, QPalette::Text, greyed.color(QPalette::Disabled, QPalette::Text));
    editor->setPalette(greyed);
}

// With a system: a field holding the system's value is greyed and names the system,
// and typing a value overrides it; one the profile overrides reads as usual and says
// what it replaces. The flat efficiencies, which the system's kernel model replaces,
// are disabled.
void ProfileForm::updateSystemFields()
{
    const Profile& p = m_state.profile();
    const SystemSpec* system = p.cluster.system.empty() ? nullptr : findSystem(p.cluster.system);
    const QString id = QString::fromStdString(p.cluster.system);
    if (m_system != nullptr) {
        m_system->setSystemId(id);
    }
    Profile reference = p;
    if (system != nullptr) {
        reference.cluster = clusterFromSystem(*system, p.cluster.gpuCount);
    }
    for (const SystemField& field : m_systemFields) {
        if (system == nullptr) {
            field.editor->setEnabled(true);
            showAsSystemValue(field.editor, false);
            field.editor->setToolTip(field.tip);
        } else if (!field.get) {
            field.editor->setEnabled(false);
            field.editor->setToolTip(field.tip + QLatin1Char('\n')
                                     + tr("Not used with system %1: its kernel efficiency model times every kernel. "
                                          "Choose Custom to use these.")
                                           .arg(id));
        } else if (field.get(reference) == field.get(p)) {
            // Greyed but editable: typing a value overrides the system's, visibly.
            field.editor->setEnabled(true);
            showAsSystemValue(field.editor, true);
            field.editor->setToolTip(field.tip + QLatin1Char('\n')
                                     + tr("Set by system %1 (docs/systems.md). Type a value to override it.").arg(id));
        } else {
            field.editor->setEnabled(true);
            showAsSystemValue(field.editor, false);
            field.editor->setToolTip(field.tip + QLatin1Char('\n')
                                     + tr("Overrides system %1, which sets %2.").arg(id).arg(field.get(reference)));
        }
    }
}

void ProfileForm::commit(const QString& label, const QString& valueText, const Getter& get, const Setter& set,
                         double value)
{
    Profile edited = m_state.profile();
    set(edited, value);
    if (get(edited) == get(m_state.profile())) {
        // Nothing changes (the same choice again, or one the setter refuses): put the
        // editor back to what the profile holds and record nothing.
        refresh();
        return;
    }
    m_state.setProfile(std::move(edited), tr("Set %1 to %2").arg(label, valueText));
}

QWidget* ProfileForm::addInteger(QFormLayout* form, const QString& label, const QString& tip, qint64 low,
                                 qint64 high, Getter get, Setter set)
{
    auto* spin = new QSpinBox(form->parentWidget());
    spin->setRange(static_cast<int>(low), static_cast<int>(std::min<qint64>(high, 2'000'000'000)));
    spin->setKeyboardTracking(false);
    spin->setToolTip(tip);
    spin->setAccelerated(true);
    form->addRow(label, spin);
    m_loaders.push_back([this, spin, get] {
        const QSignalBlocker block(spin);
        spin->setValue(static_cast<int>(get(m_state.profile())));
    });
    connect(spin, &QSpinBox::valueChanged, this,
            [this, spin, label, get, set](int value) { commit(label, spin->text(), get, set, value); });
    m_editors.insert(label, spin);
    return spin;
}

QWidget* ProfileForm::addNumber(QFormLayout* form, const QString& label, const QString& tip, double low, double high,
                                int decimals, const QString& suffix, Getter get, Setter set)
{
    auto* spin = new QDoubleSpinBox(form->parentWidget());
    spin->setRange(low, high);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    spin->setToolTip(tip);
    spin->setSingleStep(high <= 1.0 ? 0.05 : 1.0);
    form->addRow(label, spin);
    m_loaders.push_back([this, spin, get] {
        const QSignalBlocker block(spin);
        spin->setValue(get(m_state.profile()));
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this,
            [this, spin, label, get, set](double value) { commit(label, spin->text(), get, set, value); });
    m_editors.insert(label, spin);
    return spin;
}

void ProfileForm::addFlag(QFormLayout* form, const QString& label, const QString& tip, Getter get, Setter set)
{
    auto* box = new QCheckBox(form->parentWidget());
    box->setToolTip(tip);
    form->addRow(label, box);
    m_loaders.push_back([this, box, get] {
        const QSignalBlocker block(box);
        box->setChecked(get(m_state.profile()) != 0);
    });
    connect(box, &QCheckBox::toggled, this, [this, label, get, set](bool on) {
        commit(label, on ? tr("on") : tr("off"), get, set, on ? 1.0 : 0.0);
    });
}

void ProfileForm::addChoice(QFormLayout* form, const QString& label, const QString& tip, const QStringList& options,
                            Getter get, Setter set)
{
    auto* combo = new QComboBox(form->parentWidget());
    combo->addItems(options);
    combo->setToolTip(tip);
    form->addRow(label, combo);
    m_editors.insert(label, combo);
    m_loaders.push_back([this, combo, get] {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(static_cast<int>(get(m_state.profile())));
    });
    connect(combo, &QComboBox::activated, this,
            [this, combo, label, get, set](int index) { commit(label, combo->itemText(index), get, set, index); });
}

void ProfileForm::addRecomputeModules(QFormLayout* form)
{
    // Megatron-Core's names, as the profile and Megatron's --recompute-modules spell them.
    struct Module {
        RecomputeModule module;
        QString tip;
    };
    const Module modules[] = {
        {RecomputeModule::CoreAttention, tr("The attention core (Megatron's default; nothing to rerun with FlashAttention)")},
        {RecomputeModule::LayerNorm, tr("Each layer's two norms: their outputs are not kept")},
        {RecomputeModule::MlaUpProjection, tr("MLA's up-projections: Q, K and V are rebuilt from the latents")},
        {RecomputeModule::DenseMlp, tr("The dense layers' FFNs: only their input is kept")},
        {RecomputeModule::MoeActivation, tr("The routed experts' activation function: its output is not kept")},
        {RecomputeModule::SharedExperts, tr("The shared experts: only their input is kept")},
        {RecomputeModule::Moe, tr("The whole MoE layer, its all-to-all included: only its input is kept")},
    };
    auto* row = new QWidget(form->parentWidget());
    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString label = tr("Recomputed modules");
    int index = 0;
    for (const Module& m : modules) {
        const RecomputeModule module = m.module;
        auto* box = new QCheckBox(QString::fromLatin1(toString(module)), row);
        box->setToolTip(m.tip);
        grid->addWidget(box, index / 2, index % 2);
        ++index;
        const Getter get = [module](const Profile& p) {
            const std::vector<RecomputeModule> modules = p.workload.training.selectiveModules();
            return std::find(modules.begin(), modules.end(), module) != modules.end() ? 1.0 : 0.0;
        };
        const Setter set = [module](Profile& p, double on) {
            if (module == RecomputeModule::MlaUpProjection && !p.model.mla) {
                return;  // the loader refuses it without MLA, as Megatron does
            }
            std::vector<RecomputeModule> list = p.workload.training.selectiveModules();
            std::erase(list, module);
            if (on != 0) {
                list.push_back(module);
            }
            p.workload.training.recomputeModules = std::move(list);
        };
        m_loaders.push_back([this, box, get, module] {
            const QSignalBlocker block(box);
            const Profile& p = m_state.profile();
            box->setChecked(get(p) != 0);
            box->setEnabled(p.workload.training.recompute == Recompute::Selective
                            && (module != RecomputeModule::MlaUpProjection || p.model.mla)
                            && (module != RecomputeModule::Moe || p.model.experts > 0));
        });
        connect(box, &QCheckBox::toggled, this, [this, label, box, get, set](bool on) {
            commit(label, box->text() + QLatin1Char(' ') + (on ? tr("on") : tr("off")), get, set, on ? 1.0 : 0.0);
        });
    }
    row->setToolTip(tr("With selective recomputation: the modules the backward pass runs again"));
    // Under its label across the whole width: two names a row do not fit beside it.
    auto* title = new QLabel(label, form->parentWidget());
    title->setToolTip(row->toolTip());
    form->addRow(title);
    form->addRow(row);
    m_editors.insert(label, row);
}

QWidget* ProfileForm::buildCluster()
{
    auto* page = new QWidget(this);
    QFormLayout* f = newForm(page);
    m_system = new SystemComboBox(tr("Custom (the values below)"), page);
    m_system->setToolTip(tr("A system from the systems library (docs/systems.md) or one you calibrated: it sets the "
                            "hardware figures below"));
    f->addRow(tr("System"), m_system);
    connect(m_system, &QComboBox::activated, this, [this] { chooseSystem(m_system->systemId()); });
    addInteger(f, tr("GPUs"), tr("GPUs in the cluster"), 1, limits::kMaxGpus,
               [](const Profile& p) { return asDouble(p.cluster.gpuCount); },
               [](Profile& p, double v) { p.cluster.gpuCount = asInteger(v); });
    addInteger(f, tr("GPUs per node"), tr("GPUs joined by the intra-node (NVLink-class) fabric"), 1,
               limits::kMaxGpusPerNode, [](const Profile& p) { return asDouble(p.cluster.gpusPerNode); },
               [](Profile& p, double v) { p.cluster.gpusPerNode = asInteger(v); });
    addNumber(f, tr("GPU memory"), tr("Memory capacity per GPU"), 1, limits::kMaxMemoryGiB, 1, tr(" GiB"),
              [](const Profile& p) { return p.cluster.gpu.memoryGiB; },
              [](Profile& p, double v) { p.cluster.gpu.memoryGiB = v; });
    // The peak of the GEMMs' data type (model.precision.gemm): with peaks by data type
    // (a system profile), editing it changes that type's peak.
    addNumber(f, tr("Peak compute"), tr("Dense peak FLOP/s at the compute data type"), 1, limits::kMaxTflops, 0,
              tr(" TFLOP/s"), [](const Profile& p) { return p.cluster.gpu.peakFor(p.model.precision.gemm); },
              [](Profile& p, double v) { p.cluster.gpu.setPeak(p.model.precision.gemm, v); });
    addNumber(f, tr("HBM bandwidth"), tr("Memory bandwidth per GPU"), 1, limits::kMaxGBps, 0, tr(" GB/s"),
              [](const Profile& p) { return p.cluster.gpu.hbmGBps; }, [](Profile& p, double v) { p.cluster.gpu.hbmGBps = v; });
    addNumber(f, tr("Intra-node link"), tr("NVLink-class bandwidth per GPU, one direction"), 0.1, limits::kMaxGBps, 1,
              tr(" GB/s"), [](const Profile& p) { return p.cluster.intraNode.bandwidthGBps; },
              [](Profile& p, double v) { p.cluster.intraNode.bandwidthGBps = v; });
    addNumber(f, tr("Intra-node latency"), tr("Start-up cost of one intra-node message"), 0, limits::kMaxLatencyUs, 1,
              tr(" us"), [](const Profile& p) { return p.cluster.intraNode.latencyUs; },
              [](Profile& p, double v) { p.cluster.intraNode.latencyUs = v; });
    addNumber(f, tr("Inter-node link"), tr("NIC bandwidth per GPU, one direction"), 0.1, limits::kMaxGBps, 1, tr(" GB/s"),
              [](const Profile& p) { return p.cluster.interNode.bandwidthGBps; },
              [](Profile& p, double v) { p.cluster.interNode.bandwidthGBps = v; });
    addNumber(f, tr("Inter-node latency"), tr("Start-up cost of one message across nodes"), 0, limits::kMaxLatencyUs, 1,
              tr(" us"), [](const Profile& p) { return p.cluster.interNode.latencyUs; },
              [](Profile& p, double v) { p.cluster.interNode.latencyUs = v; });
    addNumber(f, tr("Compute efficiency"), tr("Fraction of peak FLOP/s that large GEMMs reach"), 0.01, 1, 2, QString(),
              [](const Profile& p) { return p.cluster.efficiency.compute; },
              [](Profile& p, double v) { p.cluster.efficiency.compute = v; });
    addNumber(f, tr("HBM efficiency"), tr("Fraction of HBM bandwidth reached"), 0.01, 1, 2, QString(),
              [](const Profile& p) { return p.cluster.efficiency.hbm; }, [](Profile& p, double v) { p.cluster.efficiency.hbm = v; });
    addNumber(f, tr("Network efficiency"), tr("Fraction of link bandwidth collectives reach"), 0.01, 1, 2, QString(),
              [](const Profile& p) { return p.cluster.efficiency.network; },
              [](Profile& p, double v) { p.cluster.efficiency.network = v; });
    addNumber(f, tr("Overlap"), tr("Fraction of communication hidden under compute"), 0, 1, 2, QString(),
              [](const Profile& p) { return p.cluster.overlap; }, [](Profile& p, double v) { p.cluster.overlap = v; });
    addNumber(f, tr("Runtime reserve"), tr("Memory the runtime keeps for itself on every GPU"), 0, limits::kMaxMemoryGiB, 1,
              tr(" GiB"), [](const Profile& p) { return p.cluster.reserveGiB; }, [](Profile& p, double v) { p.cluster.reserveGiB = v; });
    // The fields a system sets, with the getters that read them (the same as above).
    setBySystem(tr("GPUs per node"), [](const Profile& p) { return asDouble(p.cluster.gpusPerNode); });
    setBySystem(tr("GPU memory"), [](const Profile& p) { return p.cluster.gpu.memoryGiB; });
    setBySystem(tr("Peak compute"), [](const Profile& p) { return p.cluster.gpu.peakFor(p.model.precision.gemm); });
    setBySystem(tr("HBM bandwidth"), [](const Profile& p) { return p.cluster.gpu.hbmGBps; });
    setBySystem(tr("Intra-node link"), [](const Profile& p) { return p.cluster.intraNode.bandwidthGBps; });
    setBySystem(tr("Intra-node latency"), [](const Profile& p) { return p.cluster.intraNode.latencyUs; });
    setBySystem(tr("Inter-node link"), [](const Profile& p) { return p.cluster.interNode.bandwidthGBps; });
    setBySystem(tr("Inter-node latency"), [](const Profile& p) { return p.cluster.interNode.latencyUs; });
    for (const QString& label : {tr("Compute efficiency"), tr("HBM efficiency"), tr("Network efficiency")}) {
        setBySystem(label, {});
    }
    return page;
}

QWidget* ProfileForm::buildModel()
{
    auto* page = new QWidget(this);
    QFormLayout* f = newForm(page);
    auto integer = [&](const QString& label, const QString& tip, qint64 high, std::int64_t Model::*field) {
        addInteger(f, label, tip, 0, high, [field](const Profile& p) { return asDouble(p.model.*field); },
                   [field](Profile& p, double v) { p.model.*field = asInteger(v); });
    };
    integer(tr("Layers"), tr("Transformer layers"), limits::kMaxLayers, &Model::layers);
    integer(tr("Dense layers"), tr("The first layers, without experts"), limits::kMaxLayers, &Model::denseLayers);
    integer(tr("Hidden size"), tr("Model (embedding) dimension h"), limits::kMaxHidden, &Model::hidden);
    integer(tr("Attention heads"), tr("Query heads"), limits::kMaxHeads, &Model::heads);
    integer(tr("KV heads"), tr("Key/value heads: equal to heads for MHA, fewer for GQA, 1 for MQA"), limits::kMaxHeads,
            &Model::kvHeads);
    integer(tr("Experts"), tr("Routed experts per MoE layer; 0 for a dense model"), limits::kMaxExperts, &Model::experts);
    integer(tr("Shared experts"), tr("Experts every token passes through"), limits::kMaxExperts, &Model::sharedExperts);
    integer(tr("Top-k"), tr("Routed experts per token"), limits::kMaxExperts, &Model::topK);
    integer(tr("Expert FFN size"), tr("Hidden size of one expert's FFN"), limits::kMaxFfnHidden, &Model::expertHidden);
    integer(tr("Dense FFN size"), tr("Hidden size of a dense layer's FFN"), limits::kMaxFfnHidden, &Model::denseHidden);
    integer(tr("Vocabulary"), tr("Vocabulary size (0: no embeddings counted)"), limits::kMaxVocab, &Model::vocab);
    addFlag(f, tr("Gated FFN"), tr("Three matrices (SwiGLU) instead of two"), [](const Profile& p) { return p.model.gatedFfn ? 1.0 : 0.0; },
            [](Profile& p, double v) { p.model.gatedFfn = v != 0; });
    addFlag(f, tr("Tied embeddings"), tr("The LM head shares the embedding table"),
            [](const Profile& p) { return p.model.tiedEmbeddings ? 1.0 : 0.0; },
            [](Profile& p, double v) { p.model.tiedEmbeddings = v != 0; });
    auto bytes = [&](const QString& label, double Model::*field) {
        addNumber(f, label, tr("Bytes per element: 2 for BF16, 1 for FP8, 0.5 for 4-bit"), 0.125, limits::kMaxBytesPerElement,
                  3, tr(" B"), [field](const Profile& p) { return p.model.*field; },
                  [field](Profile& p, double v) { p.model.*field = v; });
    };
    bytes(tr("Weight bytes"), &Model::weightBytes);
    bytes(tr("Activation bytes"), &Model::activationBytes);
    bytes(tr("KV-cache bytes"), &Model::kvBytes);
    addChoice(f, tr("FP8 scaling"),
              tr("How FP8 GEMM inputs are scaled (Megatron's fp8_recipe); used when the GEMMs run in FP8 on wider "
                 "activations, which are cast. Current scaling reads each input once more for its amax; block "
                 "recipes store scales beside it"),
              {tr("delayed"), tr("current (tensorwise)"), tr("blockwise"), tr("MXFP8")},
              [](const Profile& p) { return static_cast<double>(p.model.precision.fp8Recipe); },
              [](Profile& p, double v) { p.model.precision.fp8Recipe = static_cast<Fp8Recipe>(static_cast<int>(v)); });
    return page;
}

QWidget* ProfileForm::buildWorkload()
{
    auto* page = new QWidget(this);
    QFormLayout* f = newForm(page);
    addNumber(f, tr("Capacity factor"), tr("Tokens an expert accepts, as a multiple of the mean; the rest are dropped"), 1,
              limits::kMaxCapacityFactor, 2, QString(), [](const Profile& p) { return p.workload.capacityFactor; },
              [](Profile& p, double v) { p.workload.capacityFactor = v; });
    addChoice(f, tr("Routing"), tr("How tokens choose experts"), {tr("uniform"), tr("Zipf"), tr("measured (from the file)"), tr("power law")},
              [](const Profile& p) { return static_cast<double>(p.workload.routing.kind); },
              [](Profile& p, double v) {
                  const auto kind = static_cast<RoutingKind>(static_cast<int>(v));
                  // Measured loads come only from a file; choosing it without loads keeps the current kind.
                  if (kind != RoutingKind::Measured || !p.workload.routing.loads.empty()) {
                      p.workload.routing.kind = kind;
                  }
              });
    addNumber(f, tr("Zipf exponent"), tr("s in weight(i) = 1 / (i + 1)^s; larger is more skewed"), 0.01, 10, 2, QString(),
              [](const Profile& p) { return p.workload.routing.zipfS; }, [](Profile& p, double v) { p.workload.routing.zipfS = v; });
    addChoice(f, tr("Placement"), tr("How experts are laid out over the EP ranks"),
              {tr("contiguous"), tr("round robin"), tr("balanced"), tr("EPLB"), tr("manual (drag experts in the grid)")},
              [](const Profile& p) { return static_cast<double>(p.strategy.placement); },
              [](Profile& p, double v) {
                  const auto placement = static_cast<PlacementPolicy>(static_cast<int>(v));
                  // A manual list comes only from the grid or a file; without one, keep the current policy.
                  if (placement != PlacementPolicy::Manual || !p.strategy.expertSlots.empty()) {
                      p.strategy.placement = placement;
                  }
              });
    addInteger(f, tr("Redundant experts"), tr("Extra replicas of the hottest experts"), 0, limits::kMaxExperts,
               [](const Profile& p) { return asDouble(p.strategy.redundantExperts); },
               [](Profile& p, double v) { p.strategy.redundantExperts = asInteger(v); });
    addChoice(f, tr("Recomputation"), tr("Training: activation recomputation"), {tr("none"), tr("selective"), tr("full")},
              [](const Profile& p) { return static_cast<double>(p.workload.training.recompute); },
              [](Profile& p, double v) { p.workload.training.recompute = static_cast<Recompute>(static_cast<int>(v)); });
    addRecomputeModules(f);
    addFlag(f, tr("Sequence parallel"), tr("Training: split norms and dropout over the TP ranks"),
            [](const Profile& p) { return p.workload.training.sequenceParallel ? 1.0 : 0.0; },
            [](Profile& p, double v) { p.workload.training.sequenceParallel = v != 0; });
    addFlag(f, tr("Distributed optimizer"), tr("Training: shard optimizer state over DP (ZeRO-1)"),
            [](const Profile& p) { return p.workload.training.distributedOptimizer ? 1.0 : 0.0; },
            [](Profile& p, double v) { p.workload.training.distributedOptimizer = v != 0; });
    addChoice(f, tr("Adam moments"),
              tr("Training: the optimizer's two moments in FP32 (12 bytes of state per parameter with the master "
                 "weight) or BF16 (8 bytes), as DeepSeek-V3 and Megatron's precision-aware optimizer keep them"),
              {tr("FP32"), tr("BF16")},
              [](const Profile& p) { return p.workload.training.adamMoments == DataType::Bf16 ? 1.0 : 0.0; },
              [](Profile& p, double v) { p.workload.training.adamMoments = v != 0 ? DataType::Bf16 : DataType::Fp32; });
    addNumber(f, tr("Memory limit"), tr("Fraction of GPU memory a plan may use"), 0.01, 1, 2, QString(),
              [](const Profile& p) { return p.constraints.maxMemoryFraction; },
              [](Profile& p, double v) { p.constraints.maxMemoryFraction = v; });
    addNumber(f, tr("Latency limit"), tr("Largest acceptable step time; 0 for none"), 0, 1e9, 1, tr(" ms"),
              [](const Profile& p) { return p.constraints.maxLatencyMs.value_or(0); },
              [](Profile& p, double v) { p.constraints.maxLatencyMs = v > 0 ? std::optional<double>(v) : std::nullopt; });
    addNumber(f, tr("Throughput floor"), tr("Smallest acceptable throughput; 0 for none"), 0, 1e15, 0, tr(" tokens/s"),
              [](const Profile& p) { return p.constraints.minTokensPerS.value_or(0); },
              [](Profile& p, double v) { p.constraints.minTokensPerS = v > 0 ? std::optional<double>(v) : std::nullopt; });
    return page;
}

} // namespace moe::ui
