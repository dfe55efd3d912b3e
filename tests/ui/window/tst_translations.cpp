// The translations reach the window: strings marked in static tables (chart
// components) must be looked up under the context lupdate filed them in; every message
// of each .ts file has a translation; and no English sentence of core reaches a German
// or Chinese screen (core's checks, the search's reasons, the feasibility map, the
// recompute names and the Explain dock's figures go through their phrases), with
// numbers in the locale's form. Expected words are from the .ts files, written by a
// translator; separators are CLDR's (German: '.' groups thousands, ',' is the decimal
// mark; Chinese: as English).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QDir>
#include <QStackedBarSeries>
#include <QTest>
#include <QTranslator>

#include <optional>

#include <nlohmann/json.hpp>

#include "charts/latencychart.h"
#include "document/documentcontroller.h"
#include "document/newprofiledialog.h"
#include "longwait.h"
#include "profile/profileio.h"
#include "recordingprompts.h"
#include "serving/servingdock.h"
#include "servingprofile.h"
#include "window/parametersdock.h"
#include "window/parameterslider.h"
#include "widgets/figurelocale.h"
#include "charts/memorychart.h"
#include "document/explorerstate.h"
#include "explain/explaindock.h"
#include "explain/explanationmodel.h"
#include "isolatedsettings.h"
#include "search/searchdock.h"
#include "shots.h"
#include "testprofiles.h"
#include "widgets/localfigures.h"
#include "window/mainwindow.h"

using namespace moe;
using namespace moe::ui;
using Parameter = ParametersDock::Parameter;

namespace {

// The window's language for a test: the translation installed and, when given, the
// default locale set; both undone by restore() or, when a check fails and returns
// early, on leaving the scope, so that a failure leaves no translation to the next test.
class ScopedLanguage {
public:
    explicit ScopedLanguage(QTranslator& translator, std::optional<QLocale> locale = std::nullopt)
        : m_translator(&translator)
        , m_locale(locale.has_value())
    {
        QCoreApplication::installTranslator(m_translator);
        if (locale) {
            QLocale::setDefault(*locale);
        }
    }
    ~ScopedLanguage() { restore(); }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    void restore() const
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator);
            if (m_locale) {
                QLocale::setDefault(QLocale::c());
            }
            m_translator = nullptr;
        }
    }

private:
    mutable QTranslator* m_translator;
    bool m_locale;
};


// Fixed words of core's English templates (core/model/explain.cpp, core/search/
// feasibility.cpp, core/report/reportbuilder.h) and of the names the window used to
// show untranslated. None may be on a translated screen.
const char* const kCoreEnglish[] = {
    "allowed on GPU",  "per step, limit", "required",      "busiest EP rank", "no token over expert capacity",
    "of assignments exceed", "divides TP x DP", "not enough GPUs", "needs ",   " GPUs against ",
    " throughput",     "step time",       "mostly ",       "lowered to",      "smallest legal value",
    "own strategy",    "no feasible variant", "best: TP",  "micro-batch(es)", "less headroom",
    "illegal: ",       "memory: ",        "gpu count",     "max gpus",        "dropped tokens",
    "imbalance",       "latency",         "selective",     "per micro-batch", "contiguous",
    // The Explain dock's substituted values and sources (explain/explanationtexts.cpp).
    "assignments per layer", "(stage ",   "with sharding", "byte accounting", "Table 2",
    "peers in node",
};

// Fixed words of core's strategy checks (core/profile/strategycheck.cpp) and of the
// window's "not evaluated" labels; none may be on a translated screen of an illegal
// strategy.
const char* const kStrategyEnglish[] = {
    "must divide", "pipeline stage", "not evaluated", "Not evaluated", "cannot", "GPUs of a",
    "illegal", "No per-GPU figures", "Nothing to show",
};

// Sentences and headings of the English report (core/report/report.cpp,
// reportsections.cpp, reportserving.cpp); none may be in a report the German or
// Chinese window writes. None is part of the seed's name ("Seed: 16-layer, 64-expert
// MoE on 128 GPUs (source analysis)") or of a figure's file name.
const char* const kReportEnglish[] = {
    "Parallel strategy review", "Summary",       "Model and workload", "Latency breakdown", "Memory per GPU",
    "Load balance",            "Constraint checks", "Comparison with",  "Alternatives the search", "Risks",
    "Next scaling steps",      "feasible configurations", " per step",  "step time",         "throughput",
    "micro-batch",             "The best is",    "fullest GPU",        "why it ranks",      "peak compute",
    "share of the step",       "It passes all",  "It fails",           "cannot run",
    "baseline",                "(credit)",       "| pass",             "FAIL",              "Ranked by",
    "mostly ",                 "serving targets", "The profile",        "headroom",          "exhaustive search",
};

// Fixed words of the profile readers' English messages (core/profile/jsonreader.cpp,
// profileparse.cpp, usersystems.cpp, usersystemfile.cpp) and of the window's "cannot
// open" message; none may be in a German or Chinese error about a bad file. ("Problem"
// is German too.)
const char* const kFileEnglish[] = {
    "expected an integer", "expected a number", ", got ", "the string", "line ", ", column", "not valid JSON",
    "unknown system", "the built-in systems", "user systems are", "does not load", "from 1 to", "is not a profile",
    "At /", "File:", "unchanged", "required key", "an object", "an array",
    // Saving over a folder (core/profile/profilefile.cpp).
    "not a regular file", "nothing was written", "a folder", "was not saved",
};

// Fixed words of the serving planner's and the skew fixes' English sentences
// (core/search/servingplan.cpp, skewfixes.cpp, skewfixsummary.cpp, and the report's
// sentence around the fix).
const char* const kPlanEnglish[] = {
    "nothing meets", " and TPOT", "no strategy of the cluster", "closest", "become feasible", "becomes feasible",
    "redundant expert", "in all, placed with", "place experts", "route dropless", "Nothing is feasible",
    "cheapest change", ", best ", ", step ",
};

// Fails on the first of `words` that `text` contains.
void requireNone(const QString& text, const char* const* begin, const char* const* end)
{
    for (const char* const* english = begin; english != end; ++english) {
        QVERIFY2(!text.contains(QLatin1String(*english)),
                 qPrintable(QStringLiteral("\"%1\" in: %2").arg(QLatin1String(*english), text)));
    }
}

// A small MoE whose measured routing drops tokens under the profile's own placement on
// every strategy, so nothing is feasible until 4 redundant experts replicate expert 0
// (worked by hand in tests/core/search/tst_skewfixes.cpp, skewedJson()).
Profile skewedProfile()
{
    nlohmann::json j = test::smallMoeJson();
    j["model"]["experts"] = 8;
    j["model"]["top_k"] = 1;
    j["workload"]["routing"] = {{"kind", "measured"}, {"loads", {{5, 1, 1, 1, 0, 0, 0, 0}}}};
    j["strategy"] = {{"tp", 1}, {"pp", 1}, {"dp", 4}, {"ep", 4}};
    return test::profileFrom(j);
}

// Every text a user can read in the window: labels, buttons, tooltips, and every cell
// and tooltip of the tables (the search's results and map, the Explain dock).
QStringList visibleTexts(QWidget& window)
{
    QStringList texts;
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible()) {
            continue;
        }
        texts << w->toolTip();
        if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            texts << button->text();
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; model && row < std::min(model->rowCount(), 300); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
                }
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

    QTranslator m_german;
    QTranslator m_chinese;
    test::IsolatedSettings m_settings;

    // The seed in `locale`, searched, with the Search and Explain docks open; `reason` is
    // a word of the translated reason why the seed's strategy ranks lower.
    void openTranslatedSeed(QTranslator& translator, const QLocale& locale, const QString& reason, const QString& shot)
    {
        const ScopedLanguage inLanguage(translator, locale);
        MainWindow window(test::builtin("seed"));
        window.resize(1600, 1000);
        window.show();
        window.searchDock()->show();
        window.explainDock()->show();
        QSignalSpy finished(window.searchDock(), &SearchDock::searchFinished);
        window.searchDock()->startSearch();
        QVERIFY(finished.wait(test::kBackgroundWorkMs));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::saveShot(window, shot);

        const QStringList texts = visibleTexts(window);
        QVERIFY(texts.size() > 100);
        // The search's reason reached the screen, so that its absence below means it
        // was translated, not missing.
        QVERIFY2(window.searchDock()->summaryText().contains(reason), qPrintable(window.searchDock()->summaryText()));
        for (const char* english : kCoreEnglish) {
            for (const QString& text : texts) {
                QVERIFY2(!text.contains(QLatin1String(english)),
                         qPrintable(QStringLiteral("\"%1\" in: %2").arg(QLatin1String(english), text)));
            }
        }
        // The Explain dock names its figures; the keys are only in the tooltips, for its filter.
        const ExplanationModel* explained = window.explainDock()->model();
        QVERIFY(explained->rowCount() > 10);
        for (int row = 0; row < explained->rowCount(); ++row) {
            const QString figure = explained->index(row, ExplanationModel::Figure).data().toString();
            QVERIFY2(!figure.contains(QLatin1Char('.')) && !figure.contains(QLatin1Char('_')), qPrintable(figure));
        }
        // The substituted values write their numbers as the locale does: a decimal
        // comma in German (CLDR), a decimal point in Chinese, never the other mark.
        // The other mark may group thousands, so it is wrong only where it is not
        // followed by exactly three digits.
        const QString other = locale.decimalPoint() == QLatin1String(",") ? QStringLiteral("\\.") : QStringLiteral(",");
        const QRegularExpression wrongMark(QStringLiteral("\\d%1(\\d{1,2}|\\d{4,})(?!\\d)").arg(other));
        const QRegularExpression ownMark(QStringLiteral("\\d") + QRegularExpression::escape(locale.decimalPoint())
                                         + QStringLiteral("\\d"));
        bool anyDecimal = false;
        for (int row = 0; row < explained->rowCount(); ++row) {
            const QString values = explained->index(row, ExplanationModel::Values).data().toString();
            QVERIFY2(!values.contains(wrongMark), qPrintable(values));
            anyDecimal = anyDecimal || values.contains(ownMark);
        }
        QVERIFY(anyDecimal);
        // A click on the first row shows its formula, values and source below the
        // table, translated too ("roofline: max(FLOPs / (peak x efficiency), ...").
        auto* view = window.explainDock()->findChild<QTableView*>();
        QVERIFY(view);
        const QModelIndex first = view->model()->index(0, ExplanationModel::Figure);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        const QString details = window.explainDock()->details()->toPlainText();
        QVERIFY(!details.isEmpty());
        for (const char* english : {"peak x efficiency", "layers_stage", "attention params", "Source:"}) {
            QVERIFY2(!details.contains(QLatin1String(english)), qPrintable(details));
        }
        test::saveShot(*window.explainDock(), QStringLiteral("explain-") + shot);
        inLanguage.restore();
    }

    // The seed with EP 3 (EP x ETP must divide TP x DP = 32: docs/model.md, "Legal
    // strategies") in `locale`: the verdict chip, its tooltip, the charts' titles and
    // every visible text say why in the translation; `word` is from the .ts file.
    void openIllegalStrategy(QTranslator& translator, const QLocale& locale, const QString& word, const QString& shot)
    {
        const ScopedLanguage inLanguage(translator, locale);
        MainWindow window(test::builtin("seed"));
        window.resize(1600, 1000);
        window.show();
        window.parametersDock()->slider(Parameter::Ep)->spinBox()->setValue(3);
        QVERIFY(!window.state().evaluation().valid);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::saveShot(window, shot);
        QStringList texts = visibleTexts(window);
        texts << window.latencyChart()->titleText() << window.memoryChart()->titleText();
        inLanguage.restore();
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(word), qPrintable(all));
        for (const char* english : kStrategyEnglish) {
            for (const QString& text : texts) {
                QVERIFY2(!text.contains(QLatin1String(english)),
                         qPrintable(QStringLiteral("\"%1\" in: %2").arg(QLatin1String(english), text)));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QVERIFY2(m_german.load(QStringLiteral(MOE_DE_QM)), MOE_DE_QM);
        QVERIFY2(m_chinese.load(QStringLiteral(MOE_ZH_QM)), MOE_ZH_QM);
    }

    void latencyComponentsAreGerman()
    {
        const ScopedLanguage inLanguage(m_german);
        LatencyChart chart;
        QStringList categories;
        for (QAbstractAxis* axis : chart.chart()->axes(Qt::Vertical)) {
            if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis)) {
                categories += bars->categories();
            }
        }
        inLanguage.restore();
        QVERIFY2(categories.contains(QStringLiteral("Pipeline-Blase")), qPrintable(categories.join(QLatin1Char(','))));
        QVERIFY(categories.contains(QStringLiteral("Experten-Rechnen")));
    }

    void memoryComponentsAreChinese()
    {
        const ScopedLanguage inLanguage(m_chinese);
        MemoryChart chart;
        QStringList names;
        for (QAbstractSeries* series : chart.chart()->series()) {
            if (auto* stacked = qobject_cast<QStackedBarSeries*>(series)) {
                for (QBarSet* set : stacked->barSets()) {
                    names << set->label();
                }
            }
        }
        inLanguage.restore();
        QVERIFY2(names.contains(QStringLiteral("专家权重")), qPrintable(names.join(QLatin1Char(','))));
    }

    // lupdate adds new strings as unfinished; none may ship untranslated.
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("de") << QStringLiteral(MOE_DE_TS);
        QTest::newRow("zh_CN") << QStringLiteral(MOE_ZH_TS);
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, path);
        QFile ts(path);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 700);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
    }

    // Figures keep core's unit and digits and take the locale's separators.
    void figuresFollowTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("local");
        QTest::newRow("de rate") << QStringLiteral("de_DE") << QStringLiteral("533,107 tokens/s") << QStringLiteral("533.107 tokens/s");
        QTest::newRow("de bytes") << QStringLiteral("de_DE") << QStringLiteral("43.0 GiB") << QStringLiteral("43,0 GiB");
        QTest::newRow("de change") << QStringLiteral("de_DE") << QStringLiteral("-75.6%") << QStringLiteral("-75,6%");
        QTest::newRow("de tiny share") << QStringLiteral("de_DE") << QStringLiteral("<0.1%") << QStringLiteral("<0,1%");
        QTest::newRow("de integer") << QStringLiteral("de_DE") << QStringLiteral("1048576") << QStringLiteral("1.048.576");
        QTest::newRow("de two units") << QStringLiteral("de_DE") << QStringLiteral("2 min 5 s") << QStringLiteral("2 min 5 s");
        QTest::newRow("de count") << QStringLiteral("de_DE") << QStringLiteral("46.70 B") << QStringLiteral("46,70 B");
        QTest::newRow("zh rate") << QStringLiteral("zh_CN") << QStringLiteral("533,107 tokens/s") << QStringLiteral("533,107 tokens/s");
        QTest::newRow("zh bytes") << QStringLiteral("zh_CN") << QStringLiteral("43.0 GiB") << QStringLiteral("43.0 GiB");
    }
    void figuresFollowTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, english);
        QFETCH(QString, local);
        QCOMPARE(localFigure(english.toStdString(), QLocale(locale)), local);
    }

    void germanWindowHasNoEnglishCoreSentence()
    {
        openTranslatedSeed(m_german, QLocale(QLocale::German, QLocale::Germany), QStringLiteral("vor allem Experten-Rechnen"),
                           QStringLiteral("seed-search-de.png"));
    }

    void chineseWindowHasNoEnglishCoreSentence()
    {
        openTranslatedSeed(m_chinese, QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("主要是专家计算"),
                           QStringLiteral("seed-search-zh_CN.png"));
    }

    void germanIllegalStrategy()
    {
        openIllegalStrategy(m_german, QLocale(QLocale::German, QLocale::Germany), QStringLiteral("Pipeline-Stufe"),
                            QStringLiteral("illegal-de.png"));
    }

    void chineseIllegalStrategy()
    {
        openIllegalStrategy(m_chinese, QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("流水线阶段"),
                            QStringLiteral("illegal-zh_CN.png"));
    }

    // The report the window writes (File > Export Report) is in its language, with
    // its figures in the locale's form; the CLI's stays English (tests/cli). `words`
    // are from the .ts file, `figure` a German or Chinese way of writing a figure.
    void reportInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("figure");
        // German: decimal comma and '.' grouping (CLDR), "Tokens/s" from the .ts file.
        QTest::newRow("de") << QStringLiteral("de") << QStringList{QStringLiteral("Zusammenfassung"), QStringLiteral("Schrittzeit")}
                            << QStringLiteral("\\d\\.\\d{3} Tokens/s");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringList{QStringLiteral("摘要"), QStringLiteral("步时间")}
                               << QStringLiteral("\\d,\\d{3}");
    }
    void reportInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        QFETCH(QString, figure);
        QTranslator& translator = language == QLatin1String("de") ? m_german : m_chinese;
        const ScopedLanguage inLanguage(translator, QLocale(language));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.md"));
        std::optional<QString> error;
        {
            MainWindow window(test::builtin("seed"));
            error = window.exportReportTo(path);
        }
        inLanguage.restore();
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(file.readAll());
        if (!qEnvironmentVariableIsEmpty("MOE_SHOT_DIR")) {
            QFile::copy(path, QDir(qEnvironmentVariable("MOE_SHOT_DIR")).filePath(QStringLiteral("report-%1.md").arg(language)));
        }
        for (const QString& word : words) {
            QVERIFY2(report.contains(word), qPrintable(word));
        }
        QVERIFY2(report.contains(QRegularExpression(figure)), qPrintable(figure));
        for (const char* english : kReportEnglish) {
            const qsizetype at = report.indexOf(QLatin1String(english));
            QVERIFY2(at < 0, qPrintable(QStringLiteral("\"%1\" in: %2").arg(QLatin1String(english), report.mid(std::max<qsizetype>(0, at - 80), 200))));
        }
    }

    // File > Open of a bad file says what is wrong in the window's language; the JSON
    // pointer, line and column stay as the file has them. `words` come from the .ts
    // file: the German or Chinese for "expected an integer", "line %1, column %2",
    // "unknown system" and "does not load".
    void badFileInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("eine ganze Zahl"), QStringLiteral("Zeile 4, Spalte 3"),
                                           QStringLiteral("unbekanntes System"), QStringLiteral("lässt sich nicht laden"),
                                           QStringLiteral("ist ein Ordner")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("整数"), QStringLiteral("第 4 行第 3 列"),
                                              QStringLiteral("未知系统"), QStringLiteral("无法加载"),
                                              QStringLiteral("文件夹")};
    }
    void badFileInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A user system file that does not load: its version is a string.
        const QByteArray xdg = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("data/moe-explorer/systems"))));
        auto write = [&](const QString& name, const QByteArray& text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("data/moe-explorer/systems/broken.json"),
              R"({"format": "moe-explorer-system", "version": "one"})");
        const nlohmann::json seed = profileToJson(test::builtin("seed"));
        nlohmann::json wrongType = seed;
        wrongType["workload"]["batch"] = "many";
        nlohmann::json unknownSystem = seed;
        unknownSystem["cluster"]["system"] = "no-such-system";
        nlohmann::json brokenSystem = seed;
        brokenSystem["cluster"]["system"] = "broken";
        write(QStringLiteral("type.json"), QByteArray::fromStdString(wrongType.dump(2)));
        // "oops" starts line 4 at column 3, where the parser stops.
        write(QStringLiteral("syntax.json"), "{\n  \"format\": \"moe-explorer-profile\",\n  \"version\": 2,\n  oops\n}\n");
        write(QStringLiteral("system.json"), QByteArray::fromStdString(unknownSystem.dump(2)));
        write(QStringLiteral("broken.json"), QByteArray::fromStdString(brokenSystem.dump(2)));
        // Each file with the pointer its message must still name.
        const QList<QPair<QString, QString>> files{{QStringLiteral("type.json"), QStringLiteral("/workload/batch")},
                                                   {QStringLiteral("syntax.json"), QString()},
                                                   {QStringLiteral("system.json"), QStringLiteral("/cluster/system")},
                                                   {QStringLiteral("broken.json"), QStringLiteral("/version")}};

        QTranslator& translator = language == QLatin1String("de") ? m_german : m_chinese;
        const ScopedLanguage inLanguage(translator, QLocale(language));
        test::PromptLog log;
        QStringList shown;
        auto lastWarning = [&]() -> QString {
            const test::PromptLog::Warning& warning = log.warnings.last();
            return warning.title + QLatin1Char('\n') + warning.text + QLatin1Char('\n') + warning.details;
        };
        {
            MainWindow window(test::builtin("seed"));
            window.setPrompts(std::make_unique<test::RecordingPrompts>(log));
            for (const auto& [name, pointer] : files) {
                QVERIFY(!window.document()->openFile(dir.filePath(name)));
                QVERIFY(!log.warnings.isEmpty());
                const QString text = lastWarning();
                QVERIFY2(text.contains(pointer), qPrintable(text));
                shown << text;
            }
            // Saving over a folder is refused, and says so in the window's language.
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
            QVERIFY(!window.document()->saveAs(dir.filePath(QStringLiteral("folder"))));
            QVERIFY2(lastWarning().contains(dir.filePath(QStringLiteral("folder"))), qPrintable(lastWarning()));
            shown << lastWarning();
            if (!qEnvironmentVariableIsEmpty("MOE_SHOT_DIR")) {
                // The message box as the user sees it, over the window.
                QMessageBox box(QMessageBox::Warning, log.warnings.first().title, log.warnings.first().text,
                                QMessageBox::Ok, &window);
                box.setInformativeText(log.warnings.first().details);
                box.show();
                QVERIFY(QTest::qWaitForWindowExposed(&box));
                test::saveShot(box, QStringLiteral("bad-file-%1.png").arg(language));
            }
        }
        inLanguage.restore();
        qputenv("XDG_DATA_HOME", xdg);
        const QString all = shown.join(QStringLiteral("\n\n"));
        for (const QString& word : words) {
            QVERIFY2(all.contains(word), qPrintable(QStringLiteral("%1 not in: %2").arg(word, all)));
        }
        if (!qEnvironmentVariableIsEmpty("MOE_SHOT_DIR")) {
            QFile out(QDir(qEnvironmentVariable("MOE_SHOT_DIR")).filePath(QStringLiteral("bad-files-%1.txt").arg(language)));
            if (out.open(QIODevice::WriteOnly)) {
                out.write(all.toUtf8());
            }
        }
        requireNone(all, std::begin(kFileEnglish), std::end(kFileEnglish));
    }

    // The New Profile dialog's notes on a Hugging Face import (gpt-oss-20b: defaults,
    // attention sinks, sliding windows and MXFP4 approximated; core/profile/hfimport.cpp)
    // and the workload it starts from, in the window's language.
    void newProfileNotesInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("gleitendem Fenster"), QStringLiteral("eine Sequenz pro GPU")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("滑动窗口"), QStringLiteral("每 GPU 一个序列")};
    }
    void newProfileNotesInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        QTranslator& translator = language == QLatin1String("de") ? m_german : m_chinese;
        const ScopedLanguage inLanguage(translator, QLocale(language));
        QString message;
        {
            NewProfileDialog dialog;
            dialog.selectConfigFile(QDir(QStringLiteral(MOE_HFCONFIG_DIR)).filePath(QStringLiteral("gpt-oss-20b.json")));
            message = dialog.message();
            QVERIFY2(dialog.profile().has_value(), qPrintable(message));
        }
        inLanguage.restore();
        for (const QString& word : words) {
            QVERIFY2(message.contains(word), qPrintable(QStringLiteral("%1 not in: %2").arg(word, message)));
        }
        for (const char* english : {"left out", "timed as", "absent", "one sequence per GPU", "Starting point", "approximated",
                                    "the vision", "bits for every weight"}) {
            QVERIFY2(!message.contains(QLatin1String(english)), qPrintable(QStringLiteral("\"%1\" in: %2").arg(QLatin1String(english), message)));
        }
    }

    // The Serving dock's "nothing meets the targets" (a 0.1 ms TTFT no deployment meets)
    // in the window's language, with the closest point.
    void servingPlanInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("nichts erfüllt");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("没有部署满足");
    }
    void servingPlanInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QTranslator& translator = language == QLatin1String("de") ? m_german : m_chinese;
        const ScopedLanguage inLanguage(translator, QLocale(language));
        QString summary;
        {
            MainWindow window(test::smallServingProfile());
            window.show();
            ServingDock* dock = window.servingDock();
            dock->show();
            QSignalSpy finished(dock, &ServingDock::planFinished);
            dock->setRequest({1024, 256, 0.1, 50.0, false});  // 0.1 ms: the spin box's smallest step
            dock->startPlan();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
            QVERIFY(!dock->plan().best);
            QCOMPARE(dock->plan().message.substr(0, 14), std::string("nothing meets "));  // the CLI's English
            summary = dock->summaryText();
        }
        inLanguage.restore();
        QVERIFY2(summary.contains(word), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("TTFT")) && summary.contains(QLatin1String("TPOT")), qPrintable(summary));
        requireNone(summary, std::begin(kPlanEnglish), std::end(kPlanEnglish));
    }

    // Nothing is feasible with the skewed profile's own settings; the window's report
    // names the cheapest fix in its language.
    void skewFixInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        // 4 redundant experts: worked by hand in tst_skewfixes.cpp (skewedJson()).
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("4 redundante Experten hinzufügen");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("增加 4 个冗余专家");
    }
    void skewFixInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QTranslator& translator = language == QLatin1String("de") ? m_german : m_chinese;
        const ScopedLanguage inLanguage(translator, QLocale(language));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("skewed.md"));
        std::optional<QString> error;
        {
            MainWindow window(skewedProfile());
            error = window.exportReportTo(path);
        }
        inLanguage.restore();
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(file.readAll());
        if (!qEnvironmentVariableIsEmpty("MOE_SHOT_DIR")) {
            QFile::copy(path, QDir(qEnvironmentVariable("MOE_SHOT_DIR")).filePath(QStringLiteral("skewed-%1.md").arg(language)));
        }
        // The fix's line names the placement that replicates the hot expert.
        const qsizetype at = report.indexOf(word);
        QVERIFY2(at >= 0, qPrintable(report));
        const qsizetype start = report.lastIndexOf(QLatin1Char('\n'), at) + 1;
        const QString line = report.mid(start, report.indexOf(QLatin1Char('\n'), at) - start);
        QVERIFY2(line.contains(QLatin1String("EPLB")), qPrintable(line));
        requireNone(report, std::begin(kPlanEnglish), std::end(kPlanEnglish));
    }

    // Figures follow the translation shown: LANGUAGE=de with LANG=C.UTF-8 writes
    // German figures; a Swiss German locale keeps its own; an English window keeps
    // the system's.
    void figureLocaleFollowsTheTranslation()
    {
        QCOMPARE(figureLocale(QLocale::c(), QStringLiteral("de_DE")).language(), QLocale::German);
        QCOMPARE(figureLocale(QLocale(QStringLiteral("en_US")), QStringLiteral("zh_CN")).language(), QLocale::Chinese);
        QCOMPARE(figureLocale(QLocale(QStringLiteral("de_CH")), QStringLiteral("de_DE")).territory(), QLocale::Switzerland);
        QCOMPARE(figureLocale(QLocale(QStringLiteral("fr_FR")), QString()).language(), QLocale::French);
    }

    // The German summary writes its rate as German does: "533.107 Tokens/s".
    void germanNumbers()
    {
        const ScopedLanguage inLanguage(m_german, QLocale(QLocale::German, QLocale::Germany));
        const QString rate = localRate(533107);
        inLanguage.restore();
        QCOMPARE(rate, QStringLiteral("533.107 Tokens/s"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
