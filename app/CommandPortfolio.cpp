#include "CommandLine.h"

#include "portfolio/PortfolioChartExport.h"

#include "scoring/Portfolio.h"
#include "scoring/ScoringStore.h"
#include "scoring/Tiering.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Kingside::Cli {

namespace {
int runPortfolio(const QStringList &arguments);
// Needs a GUI application (not a display) only to draw the chart for --chart.
const Registrar registrar({"portfolio",
                           QT_TRANSLATE_NOOP("Kingside::Cli",
                                             "Score, rank and tier every account of a workspace"),
                           true, runPortfolio, 40});

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Cli", text);
}

// Six decimals: exact for hand-worked scores, free of binary noise (62.499999999).
double rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}

// "Gold=70,Silver=45,Bronze=0" (by score) or "Gold=1,Silver=3,Bronze" (by rank, the
// last band without a number takes the rest).
bool parseBands(const QString &spec, TierScheme::Basis basis, TierScheme *scheme, QString *error)
{
    scheme->name = tr("Command line");
    scheme->basis = basis;
    const QStringList parts = spec.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const qsizetype equals = part.lastIndexOf(QLatin1Char('='));
        TierBand band;
        band.name = (equals < 0 ? part : part.left(equals)).trimmed();
        if (equals >= 0) {
            bool ok = false;
            const QString number = part.mid(equals + 1).trimmed();
            if (basis == TierScheme::Basis::Score) {
                band.minScore = QLocale::c().toDouble(number, &ok);
            } else {
                band.maxRank = QLocale::c().toInt(number, &ok);
            }
            if (!ok) {
                *error = tr("“%1” in the bands is not a number.").arg(number);
                return false;
            }
        }
        scheme->bands.append(band);
    }
    if (const QString problem = Tiering::validate(*scheme); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

QJsonObject entryJson(const PortfolioEntry &entry)
{
    QJsonObject breakdown;
    QJsonArray missing;
    for (const Contribution &part : entry.scores.breakdown) {
        breakdown.insert(part.criterion, rounded(part.contribution));
        if (part.missing)
            missing.append(part.criterion);
    }
    QJsonObject object;
    object.insert(QStringLiteral("account"), entry.account.name);
    object.insert(QStringLiteral("tier"),
                  entry.tierIndex >= 0 ? QJsonValue(entry.tier) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("rank"), entry.rank);
    object.insert(QStringLiteral("attractiveness"), rounded(entry.scores.attractiveness));
    object.insert(QStringLiteral("strength"), rounded(entry.scores.strength));
    object.insert(QStringLiteral("quadrant"), codeOf(entry.quadrant));
    object.insert(QStringLiteral("breakdown"), breakdown);
    object.insert(QStringLiteral("missing_scores"), missing);
    object.insert(QStringLiteral("annual_sales"), entry.account.annualSales);
    return object;
}

void printTable(const QList<PortfolioEntry> &entries, const TierScheme &scheme)
{
    const QLocale c = QLocale::c();
    out() << tr("Tier scheme: %1 (by %2)")
                 .arg(scheme.name, scheme.basis == TierScheme::Basis::Score
                                       ? tr("attractiveness score")
                                       : tr("rank"))
          << Qt::endl;
    int nameWidth = 7;
    int tierWidth = 4;
    for (const PortfolioEntry &entry : entries) {
        nameWidth = std::max(nameWidth, int(entry.account.name.size()));
        tierWidth = std::max(tierWidth, int(entry.tier.size()));
    }
    out() << tr("Rank").leftJustified(5) << tr("Account").leftJustified(nameWidth + 2)
          << tr("Tier").leftJustified(tierWidth + 2) << tr("Attract.").rightJustified(8)
          << tr("Strength").rightJustified(9) << QLatin1String("  ")
          << tr("Quadrant").leftJustified(11) << tr("Annual sales").rightJustified(13)
          << QLatin1String("  ") << tr("Breakdown (criterion contribution)") << Qt::endl;
    for (const PortfolioEntry &entry : entries) {
        QStringList parts;
        for (const Contribution &part : entry.scores.breakdown)
            parts.append(part.missing ? tr("%1 0 (not scored)").arg(part.criterion)
                                      : QStringLiteral("%1 %2").arg(
                                            part.criterion, c.toString(part.contribution, 'f', 1)));
        out() << QString::number(entry.rank).leftJustified(5)
              << entry.account.name.leftJustified(nameWidth + 2)
              << (entry.tierIndex >= 0 ? entry.tier : QStringLiteral("-"))
                     .leftJustified(tierWidth + 2)
              << c.toString(entry.scores.attractiveness, 'f', 1).rightJustified(8)
              << c.toString(entry.scores.strength, 'f', 1).rightJustified(9) << QLatin1String("  ")
              << displayName(entry.quadrant).leftJustified(11)
              << c.toString(entry.account.annualSales, 'f', 0).rightJustified(13)
              << QLatin1String("  ") << parts.join(QLatin1String("; ")) << Qt::endl;
    }
}

int runPortfolio(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Score every account on the workspace's criteria, rank by attractiveness and place "
           "each in a tier.\nattractiveness and strength = Σ normalised weight × score / 10 "
           "(0 … 100); a missing score counts 0."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    const QCommandLineOption scheme(
        QStringLiteral("scheme"),
        tr("Tier by this scheme (football, olympic, airline or a custom scheme's name) instead "
           "of the workspace's active one. Nothing is stored."),
        QStringLiteral("NAME"));
    const QCommandLineOption bands(
        QStringLiteral("bands"),
        tr("Tier by these score bands, best first, e.g. \"Gold=70,Silver=45,Bronze=0\"."),
        QStringLiteral("SPEC"));
    const QCommandLineOption top(
        QStringLiteral("top"),
        tr("Tier by rank, best first, e.g. \"Gold=2,Silver=5,Bronze\" (the last takes the rest)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON: a list of objects."));
    const QCommandLineOption chart(
        QStringLiteral("chart"),
        tr("Also draw the directional-policy matrix to FILE (.pdf, .svg or .png)."),
        QStringLiteral("FILE"));
    const QCommandLineOption bubbles(
        QStringLiteral("bubbles"),
        tr("What the chart's bubble area shows: sales (default) or potential."),
        QStringLiteral("sales|potential"), QStringLiteral("sales"));
    parser.addOptions({scheme, bands, top, json, chart, bubbles});
    if (const auto stop = parseArguments(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 ||
        int(parser.isSet(scheme)) + int(parser.isSet(bands)) + int(parser.isSet(top)) > 1) {
        err() << tr("usage: kingside portfolio WORKSPACE [--scheme NAME | --bands SPEC | --top "
                    "SPEC] [--json] [--chart FILE]")
              << Qt::endl;
        return BadInput;
    }

    Workspace workspace;
    if (!workspace.open(parser.positionalArguments().first(), Workspace::Mode::ReadOnly)) {
        err() << workspace.errorString() << Qt::endl;
        return Failed;
    }
    QString error;
    std::optional<PortfolioInputs> inputs =
        Portfolio::load(workspace.database(), parser.value(scheme), &error);
    if (!inputs) {
        err() << error << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(bands) || parser.isSet(top)) {
        TierScheme adHoc;
        const bool byScore = parser.isSet(bands);
        if (!parseBands(parser.value(byScore ? bands : top),
                        byScore ? TierScheme::Basis::Score : TierScheme::Basis::Rank, &adHoc,
                        &error)) {
            err() << error << Qt::endl;
            return BadInput;
        }
        inputs->scheme = adHoc;
    }
    const QList<PortfolioEntry> entries = Portfolio::ranked(Portfolio::compute(*inputs));
    if (parser.isSet(chart)) {
        const QString sizeBy = parser.value(bubbles).toLower();
        if (sizeBy != QLatin1String("sales") && sizeBy != QLatin1String("potential")) {
            err() << tr("--bubbles is sales or potential, not “%1”.").arg(sizeBy) << Qt::endl;
            return BadInput;
        }
        if (!PortfolioChartExport::write(
                parser.value(chart), workspace.path(), entries,
                tr("Directional-policy matrix · tiers: %1").arg(inputs->scheme.name),
                sizeBy == QLatin1String("potential")
                    ? PortfolioMatrixRenderer::BubbleSize::Potential
                    : PortfolioMatrixRenderer::BubbleSize::AnnualSales,
                &error)) {
            err() << error << Qt::endl;
            return Failed;
        }
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const PortfolioEntry &entry : entries)
            list.append(entryJson(entry));
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out().flush();
        return Ok;
    }
    printTable(entries, inputs->scheme);
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
