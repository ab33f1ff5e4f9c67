#include "ImportPlan.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::ImportPlan", text, disambiguation, n);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::ImportPlan)
};

} // namespace

QString displayName(ImportPlan::Outcome outcome)
{
    switch (outcome) {
    case ImportPlan::Outcome::Added:
        return Text::tr("added");
    case ImportPlan::Outcome::Updated:
        return Text::tr("updated");
    case ImportPlan::Outcome::Unchanged:
        return Text::tr("unchanged");
    case ImportPlan::Outcome::Skipped:
        return Text::tr("skipped");
    case ImportPlan::Outcome::Rejected:
        return Text::tr("rejected");
    }
    return {};
}

int ImportPlan::count(Outcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [outcome](const Row &row) { return row.outcome == outcome; }));
}

bool ImportPlan::hasWrites() const
{
    return createsAccount() || !newDepartments.isEmpty() || !newLevels.isEmpty() ||
           !newCompetitors.isEmpty() || !additions.isEmpty() || !updates.isEmpty() ||
           !lines.isEmpty() || !lineUpdates.isEmpty();
}

QString ImportPlan::countsText() const
{
    return tr("Added %1, updated %2, unchanged %3, skipped %4, rejected %5.")
        .arg(count(Outcome::Added))
        .arg(count(Outcome::Updated))
        .arg(count(Outcome::Unchanged))
        .arg(count(Outcome::Skipped))
        .arg(count(Outcome::Rejected));
}

QString ImportPlan::report() const
{
    QStringList lines;
    lines.append(countsText());
    if (createsAccount())
        lines.append(tr("New account: “%1”.").arg(accountName));
    for (const Row &row : rows) {
        if (row.outcome == Outcome::Added || row.outcome == Outcome::Unchanged)
            continue;
        lines.append(QStringLiteral("  ") +
                     tr("line %1: %2 %3 — %4")
                         .arg(row.line)
                         .arg(displayName(row.outcome),
                              row.name.isEmpty() ? tr("(no name)") : row.name, row.detail));
    }
    if (!warnings.isEmpty()) {
        lines.append(tr("Warnings:"));
        for (const QString &warning : warnings)
            lines.append(QStringLiteral("  ") + warning);
    }
    if (!newDepartments.isEmpty())
        lines.append(tr("New departments: %1").arg(newDepartments.join(QStringLiteral(", "))));
    if (!newLevels.isEmpty())
        lines.append(tr("New levels: %1").arg(newLevels.join(QStringLiteral(", "))));
    if (!newCompetitors.isEmpty())
        lines.append(tr("New competitors: %1").arg(newCompetitors.join(QStringLiteral(", "))));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Kingside
