// The German translation reaches the window: strings marked in static tables (chart
// components) must be looked up under the context lupdate filed them in, and every
// message of the .ts file has a translation. Expected words are from the .ts file,
// written by a translator.

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFile>
#include <QStackedBarSeries>
#include <QTest>
#include <QTranslator>

#include "charts/latencychart.h"
#include "charts/memorychart.h"

using namespace moe::ui;

class TestTranslations : public QObject {
    Q_OBJECT

    QTranslator m_german;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_german.load(QStringLiteral(MOE_DE_QM)), MOE_DE_QM);
        QCoreApplication::installTranslator(&m_german);
    }

    void latencyComponentsAreGerman()
    {
        LatencyChart chart;
        QStringList categories;
        for (QAbstractAxis* axis : chart.chart()->axes(Qt::Vertical)) {
            if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis)) {
                categories += bars->categories();
            }
        }
        QVERIFY2(categories.contains(QStringLiteral("Pipeline-Blase")), qPrintable(categories.join(QLatin1Char(','))));
        QVERIFY(categories.contains(QStringLiteral("Experten-Rechnen")));
    }

    void memoryComponentsAreGerman()
    {
        MemoryChart chart;
        QStringList names;
        for (QAbstractSeries* series : chart.chart()->series()) {
            if (auto* stacked = qobject_cast<QStackedBarSeries*>(series)) {
                for (QBarSet* set : stacked->barSets()) {
                    names << set->label();
                }
            }
        }
        QVERIFY2(names.contains(QStringLiteral("Experten-Gewichte")), qPrintable(names.join(QLatin1Char(','))));
    }

    // lupdate adds new strings as unfinished; none may ship untranslated.
    void everyMessageIsTranslated()
    {
        QFile ts(QStringLiteral(MOE_DE_TS));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 100);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
