// Issue 9: the step's shares, as a person reads them in the CLI table and in the
// report's latency table, add up to 100% of the step with the overlap credit counted;
// the credit is a negative row of its own; no figure is in exponent notation. Every
// built-in profile and every validation profile (kernel-level model, large overlap).

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <sstream>

#include "profile/builtins.h"
#include "report/report.h"
#include "cli/tablereport.h"

using namespace moe;

namespace {

struct Share {
    QString label;
    QString time;
    double percent = 0;  // "<0.1%" reads as 0
};

double percentOf(const QString& text)
{
    return text.startsWith(QLatin1Char('<')) ? 0.0 : text.chopped(1).toDouble();
}

// The rows of the CLI's "Step time" block: label, time, share ("(credit)" may follow).
QList<Share> cliShares(const std::string& table)
{
    QList<Share> rows;
    const QStringList lines = QString::fromStdString(table).split(QLatin1Char('\n'));
    qsizetype start = 0;
    while (start < lines.size() && !lines[start].startsWith(QLatin1String("Step time"))) {
        ++start;
    }
    static const QRegularExpression row(QStringLiteral("^  (.+?) {2,}(\\S.*?) +(\\S+%)( +\\(credit\\))?$"));
    for (qsizetype i = start + 2; i < lines.size() && !lines[i].isEmpty(); ++i) {
        const auto m = row.match(lines[i]);
        if (m.hasMatch()) {
            rows.append({m.captured(1).trimmed() + m.captured(4), m.captured(2).trimmed(), percentOf(m.captured(3))});
        }
    }
    return rows;
}

// The rows of the report's "Latency breakdown" table in Markdown.
QList<Share> reportShares(const std::string& markdown)
{
    QList<Share> rows;
    const QString md = QString::fromStdString(markdown);
    const QStringList lines = md.mid(md.indexOf(QStringLiteral("## Latency breakdown"))).split(QLatin1Char('\n'));
    bool inTable = false;
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1Char('|'))) {
            if (inTable) {
                break;
            }
            continue;
        }
        inTable = true;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() >= 4 && cells[3].trimmed().endsWith(QLatin1Char('%'))) {
            rows.append({cells[1].trimmed(), cells[2].trimmed(), percentOf(cells[3].trimmed())});
        }
    }
    return rows;
}

void checkShares(const QList<Share>& rows, const Evaluation& ev)
{
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.back().label.left(5), QStringLiteral("total"));
    QCOMPARE(rows.back().percent, 100.0);
    double sum = 0;
    bool credit = false;
    for (qsizetype i = 0; i + 1 < rows.size(); ++i) {
        sum += rows[i].percent;
        if (rows[i].label.contains(QLatin1String("overlap"))) {
            credit = true;
            QVERIFY2(rows[i].label.contains(QLatin1String("credit")), qPrintable(rows[i].label));
            QVERIFY2(rows[i].percent < 0 && rows[i].time.startsWith(QLatin1Char('-')), qPrintable(rows[i].time));
        }
    }
    QCOMPARE(credit, ev.time.overlapped > 0);
    QVERIFY2(std::abs(sum - 100.0) <= 0.1, qPrintable(QStringLiteral("shares add up to %1%").arg(sum)));
    for (const Share& r : rows) {
        QVERIFY2(!r.time.contains(QLatin1String("e+")) && !r.time.contains(QLatin1String("e-")), qPrintable(r.time));
    }
}

} // namespace

class TestShares : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sharesAddUpWithOverlap_data()
    {
        QTest::addColumn<QString>("argument");
        for (const BuiltinProfile& b : builtinProfiles()) {
            const QString id = QStringLiteral("builtin:") + QString::fromUtf8(b.id.data(), static_cast<qsizetype>(b.id.size()));
            QTest::newRow(qPrintable(id)) << id;
        }
        const QDir validation(QStringLiteral(MOE_VALIDATION_DIR));
        for (const QString& name : validation.entryList({QStringLiteral("*.moeprofile.json")})) {
            QTest::newRow(qPrintable(name)) << validation.filePath(name);
        }
    }

    void sharesAddUpWithOverlap()
    {
        QFETCH(QString, argument);
        const LoadResult loaded = loadProfileArgument(argument.toStdString());
        QVERIFY(loaded.ok());
        const Profile& profile = *loaded.profile;
        const Evaluation ev = evaluate(profile);
        if (!ev.valid) {
            QSKIP("the profile's own strategy is not evaluated");
        }
        std::ostringstream table;
        cli::printEvaluationTable(table, profile, ev);
        checkShares(cliShares(table.str()), ev);
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << QString::fromStdString(table.str());
            return;
        }
        // The latency table does not need the search: an empty one keeps this fast.
        ReportInputs inputs;
        inputs.scalingStudy = false;
        inputs.search = [](const Profile&, Objective, const SearchBounds&) { return SearchResult{}; };
        const std::string md = reportToMarkdown(buildReport(profile, inputs), [](const std::string& chart) { return chart + ".png"; });
        checkShares(reportShares(md), ev);
    }
};

QTEST_APPLESS_MAIN(TestShares)
#include "tst_shares.moc"
