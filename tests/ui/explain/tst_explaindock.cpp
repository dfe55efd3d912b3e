// Issue 12, point 8: the Explain dock opened about 250 px wide showing internal keys
// ("time_s.attention_compute.per_micro_ba…"); value, formula and source appeared only
// when dragged wide, and even then elided. It now opens wide enough, each row shows
// the figure's label, its value and its formula wrapped whole, and clicking a row
// shows its source.

#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include "explain/explaindock.h"
#include "explain/explanationmodel.h"
#include "isolatedsettings.h"
#include "model/components.h"
#include "model/explanation.h"
#include "shots.h"
#include "testprofiles.h"
#include "widgets/componentlabels.h"
#include "window/mainwindow.h"

using namespace moe;
using namespace moe::ui;

class TestExplainDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
    }

    void opensWide_labelValueFormulaWhole_sourceOnClick_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void opensWide_labelValueFormulaWhole_sourceOnClick()
    {
        QFETCH(QSize, size);
        MainWindow window(test::builtin("seed"));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExplainDock* dock = window.explainDock();
        const QString key = QStringLiteral("time_s.attention_compute.per_micro_batch");
        dock->focusFigure(key);
        QTest::qWait(100);  // the panel's size settles and its rows wrap anew
        QVERIFY(dock->isVisible());
        // Wide enough for label, value and formula: at least 420 px (openingWidth).
        QVERIFY2(dock->width() >= 400, qPrintable(QString::number(dock->width())));
        // Docked where the window has room; a window of its own where it has not.
        QCOMPARE(dock->isFloating(), size.width() < 1500);
        QTableView* view = dock->view();
        const int row = dock->model()->rowForKey(key);
        QVERIFY(row >= 0);
        // The label, not the key: the component's name per micro-batch.
        const QString label = dock->model()->index(row, ExplanationModel::Figure).data().toString();
        QCOMPARE(label, QStringLiteral("%1 per micro-batch").arg(componentLabel(kTimeComponents[0])));
        QVERIFY(!label.contains(QStringLiteral("time_s")));
        // Label, value and formula in view, none cut: each fits its column, the formula
        // in as many wrapped lines as its row's height holds.
        const QFontMetrics metrics(view->font());
        QVERIFY(!view->isColumnHidden(ExplanationModel::Formula));
        const int formulaRight = view->columnViewportPosition(ExplanationModel::Formula) + view->columnWidth(ExplanationModel::Formula);
        QVERIFY2(formulaRight <= view->viewport()->width(), qPrintable(QStringLiteral("%1 > %2").arg(formulaRight).arg(view->viewport()->width())));
        for (int r = 0; r < dock->model()->rowCount(); ++r) {
            for (const int column : {int(ExplanationModel::Figure), int(ExplanationModel::Value), int(ExplanationModel::Formula)}) {
                const QString text = dock->model()->index(r, column).data().toString();
                // The cell's text rectangle: the column less the style's text margin a
                // side (QCommonStyle: the focus frame's margin and a pixel).
                const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
                const int width = view->columnWidth(column) - 2 * margin;
                const QRect needed = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
                QVERIFY2(needed.height() <= view->rowHeight(r) && needed.width() <= width,
                         qPrintable(QStringLiteral("row %1 column %2 '%3' needs %4x%5 in %6x%7")
                                        .arg(r).arg(column).arg(text).arg(needed.width()).arg(needed.height())
                                        .arg(width).arg(view->rowHeight(r))));
            }
        }
        // One click on a row shows its formula with the values and its source.
        const Explanation& e = dock->model()->explanation(row);
        QVERIFY(!e.source.empty());
        const QModelIndex shown = view->model()->index(row, ExplanationModel::Figure);
        view->scrollTo(shown);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(shown).center());
        const QString details = dock->details()->toPlainText();
        QVERIFY2(details.contains(QString::fromStdString(e.source)), qPrintable(details));
        QVERIFY2(details.contains(QString::fromStdString(e.values)), qPrintable(details));
        test::saveShot(window, QStringLiteral("explain-%1x%2.png").arg(size.width()).arg(size.height()));
        test::saveShot(*dock, QStringLiteral("explain-dock-%1x%2.png").arg(size.width()).arg(size.height()));
    }

    // A serving profile with two-batch overlap explains its overlap credit stage by
    // stage: every stage's time in the values and SGLang's strategies in the source.
    void twoBatchOverlapExplainedByStages()
    {
        MainWindow window(test::builtin("deepseek-v3-day6-decode-h800"));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExplainDock* dock = window.explainDock();
        const QString key = QStringLiteral("time_s.overlapped");
        dock->focusFigure(key);
        QTest::qWait(100);
        const int row = dock->model()->rowForKey(key);
        QVERIFY(row >= 0);
        QTableView* view = dock->view();
        const QModelIndex shown = view->model()->index(row, ExplanationModel::Figure);
        view->scrollTo(shown);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(shown).center());
        const QString details = dock->details()->toPlainText();
        for (const char* stage : {"decode:", "prepare", "core", "router", "shared", "routed", "dispatch", "combine"}) {
            QVERIFY2(details.contains(QLatin1String(stage)), qPrintable(details));
        }
        QVERIFY2(details.contains(QStringLiteral("operations_strategy.py")), qPrintable(details));
        test::saveShot(*dock, QStringLiteral("explain-two-batch.png"));
    }

private:
    test::IsolatedSettings m_settings;
};

QTEST_MAIN(TestExplainDock)
#include "tst_explaindock.moc"
