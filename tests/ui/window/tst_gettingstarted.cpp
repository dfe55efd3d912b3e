// Issue 12, smaller items: Help > Getting Started, a short tour of the window and a
// glossary of EP, TP, PP, DP, ETP, EDP, micro-batch, MFU and straggler, reachable from
// every slider: its tooltip says F1 opens the glossary, and F1 with the slider
// focused opens it at that slider's term.

#include <QAction>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>

#include "isolatedsettings.h"
#include "shots.h"
#include "testprofiles.h"
#include "window/gettingstarted.h"
#include "window/mainwindow.h"
#include "window/parametersdock.h"
#include "window/parameterslider.h"

using namespace moe;
using namespace moe::ui;

class TestGettingStarted : public QObject {
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;

private Q_SLOTS:
    // The nine terms each have an entry, under its own anchor in the page.
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
    }

    void glossaryHasEveryTerm()
    {
        const QString html = gettingStartedHtml();
        for (const char* term : {"EP", "TP", "PP", "DP", "ETP", "EDP", "micro-batch", "MFU", "straggler"}) {
            const QString anchor = glossaryAnchor(QString::fromLatin1(term));
            QVERIFY2(!anchor.isEmpty(), term);
            QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(anchor)), term);
        }
        QVERIFY(glossaryAnchor(QStringLiteral("batch")).isEmpty());
    }

    // F1 (the Help action's shortcut) on the EP slider opens the glossary at "ep";
    // on the batch slider, which has no entry, at the top.
    void f1OnASliderOpensItsTerm()
    {
        MainWindow window(test::builtin("seed"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("GettingStartedAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        ParameterSlider* ep = window.parametersDock()->slider(ParametersDock::Parameter::Ep);
        QVERIFY(ep->findChild<QSpinBox*>()->toolTip().contains(QStringLiteral("F1")));
        ep->findChild<QSpinBox*>()->setFocus();
        QTRY_VERIFY(ep->findChild<QSpinBox*>()->hasFocus());
        action->trigger();
        GettingStartedDialog* dialog = window.gettingStartedDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->anchor(), QStringLiteral("ep"));
        test::saveShot(*dialog, QStringLiteral("getting-started.png"));
        ParameterSlider* batch = window.parametersDock()->slider(ParametersDock::Parameter::Batch);
        QVERIFY(!batch->findChild<QSpinBox*>()->toolTip().contains(QStringLiteral("F1")));
        dialog->hide();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        batch->findChild<QSpinBox*>()->setFocus();
        QTRY_VERIFY(batch->findChild<QSpinBox*>()->hasFocus());
        action->trigger();
        QCOMPARE(dialog->anchor(), QString());
    }
};

QTEST_MAIN(TestGettingStarted)
#include "tst_gettingstarted.moc"
