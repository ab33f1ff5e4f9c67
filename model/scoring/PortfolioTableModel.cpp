#include "PortfolioTableModel.h"

#include "domain/LocalFormat.h"
#include "workspace/Change.h"
#include "workspace/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Kingside {

PortfolioTableModel::PortfolioTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, &PortfolioTableModel::onChanged);
    connect(workspace, &Workspace::opened, this, &PortfolioTableModel::reload);
    connect(workspace, &Workspace::closed, this, &PortfolioTableModel::reload);
    reload();
}

void PortfolioTableModel::setHealthProvider(HealthProvider provider)
{
    m_health = std::move(provider);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, HealthColumn), index(rowCount() - 1, HealthColumn));
}

void PortfolioTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, NextReviewColumn), index(rowCount() - 1, NextReviewColumn));
}

void PortfolioTableModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_inputs = {};
    m_error.clear();
    if (m_workspace->isOpen()) {
        if (auto inputs = Portfolio::load(m_workspace->database(), {}, &m_error)) {
            m_inputs = *inputs;
            m_entries = Portfolio::compute(m_inputs);
        }
    }
    endResetModel();
    emit reloaded();
}

void PortfolioTableModel::onChanged(const Change &change)
{
    switch (change.entity) {
    case Change::Entity::Account:
    case Change::Entity::Criterion:
    case Change::Entity::Score:
    case Change::Entity::TierScheme:
    case Change::Entity::Review:
    case Change::Entity::Everything:
        reload();
        break;
    default:
        break;
    }
}

const PortfolioEntry *PortfolioTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int PortfolioTableModel::rowOf(qint64 accountId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].account.id == accountId)
            return row;
    }
    return -1;
}

int PortfolioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PortfolioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortfolioTableModel::breakdownText(const AccountScores &scores, ScoringAxis axis)
{
    const QLocale locale;
    QStringList lines;
    lines.append(
        tr("%1 %2 of 100 = Σ weight × score / 10:")
            .arg(displayName(axis))
            .arg(locale.toString(axis == ScoringAxis::Attractiveness ? scores.attractiveness
                                                                     : scores.strength,
                                 'f', 1)));
    for (const Contribution &part : scores.breakdownFor(axis)) {
        lines.append(part.missing
                         ? tr("  %1: %2 % × not scored (counts 0) = 0")
                               .arg(part.criterion, locale.toString(part.normalisedWeight, 'f', 1))
                         : tr("  %1: %2 % × %3 / 10 = %4")
                               .arg(part.criterion, locale.toString(part.normalisedWeight, 'f', 1))
                               .arg(part.score)
                               .arg(locale.toString(part.contribution, 'f', 1)));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant PortfolioTableModel::displayValue(const PortfolioEntry &entry, int column) const
{
    const QLocale locale;
    switch (column) {
    case AccountColumn:
        return entry.account.name;
    case TierColumn:
        return entry.tierIndex >= 0 ? entry.tier : tr("(no tier)");
    case AttractivenessColumn:
        return locale.toString(entry.scores.attractiveness, 'f', 1);
    case StrengthColumn:
        return locale.toString(entry.scores.strength, 'f', 1);
    case QuadrantColumn:
        return displayName(entry.quadrant);
    case MissingColumn: {
        const int missing = entry.scores.missingCount();
        return missing == 0 ? QString() : tr("%n missing", nullptr, missing);
    }
    case SalesColumn:
        return locale.toString(entry.account.annualSales, 'f', 0);
    case ProfitabilityColumn:
        return tr("%1 %").arg(locale.toString(entry.account.profitability, 'f', 1));
    case PotentialColumn:
        return locale.toString(entry.account.potential3y, 'f', 0);
    case StageColumn:
        return displayName(entry.account.stage);
    case HealthColumn: {
        if (!m_health)
            return {};
        const QVariant health = m_health(entry.account.id);
        return health.typeId() == QMetaType::QVariantList ? health.toList().value(0) : health;
    }
    case NextReviewColumn:
        return entry.nextReview.isValid() ? LocalFormat::date(entry.nextReview)
                                          : tr("never reviewed");
    default:
        return {};
    }
}

QVariant PortfolioTableModel::sortValue(const PortfolioEntry &entry, int column) const
{
    switch (column) {
    case AccountColumn:
        return entry.account.name;
    case TierColumn: // best tier first in ascending order; no tier last
        return entry.tierIndex >= 0 ? entry.tierIndex : 1000000;
    case AttractivenessColumn:
        return entry.scores.attractiveness;
    case StrengthColumn:
        return entry.scores.strength;
    case QuadrantColumn:
        return int(entry.quadrant);
    case MissingColumn:
        return entry.scores.missingCount();
    case SalesColumn:
        return entry.account.annualSales;
    case ProfitabilityColumn:
        return entry.account.profitability;
    case PotentialColumn:
        return entry.account.potential3y;
    case StageColumn:
        return int(entry.account.stage);
    case HealthColumn: {
        if (!m_health)
            return QString();
        const QVariant health = m_health(entry.account.id);
        return health.typeId() == QMetaType::QVariantList ? health.toList().value(1) : health;
    }
    case NextReviewColumn: // never reviewed = due first
        return entry.nextReview.isValid() ? entry.nextReview : QDate(1, 1, 1);
    default:
        return {};
    }
}

QVariant PortfolioTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortfolioEntry &entry = m_entries[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(entry, column);
    case SortRole:
        return sortValue(entry, column);
    case AccountIdRole:
        return entry.account.id;
    case TierIndexRole:
        return entry.tierIndex;
    case Qt::TextAlignmentRole:
        switch (column) {
        case AttractivenessColumn:
        case StrengthColumn:
        case SalesColumn:
        case ProfitabilityColumn:
        case PotentialColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case AttractivenessColumn:
            return breakdownText(entry.scores, ScoringAxis::Attractiveness);
        case StrengthColumn:
            return breakdownText(entry.scores, ScoringAxis::Strength);
        case QuadrantColumn:
            return policyAdvice(entry.quadrant);
        case TierColumn:
            return tr("Rank %1 by attractiveness under “%2”.")
                .arg(entry.rank)
                .arg(m_inputs.scheme.name);
        case MissingColumn: {
            QStringList missing;
            for (const Contribution &part : entry.scores.breakdown) {
                if (part.missing)
                    missing.append(part.criterion);
            }
            return missing.isEmpty()
                       ? QVariant()
                       : tr("Not scored (counts 0): %1").arg(missing.join(QLatin1String(", ")));
        }
        default:
            return {};
        }
    case Qt::ForegroundRole: {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        if (column == NextReviewColumn && (!entry.nextReview.isValid() || entry.nextReview < today))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (column == MissingColumn && entry.scores.missingCount() > 0)
            return QBrush(QColor(0xb0, 0x60, 0x00));
        return {};
    }
    default:
        return {};
    }
}

QVariant PortfolioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case TierColumn:
        return tr("Tier");
    case AttractivenessColumn:
        return tr("Attractiveness");
    case StrengthColumn:
        return tr("Strength");
    case QuadrantColumn:
        return tr("Quadrant");
    case MissingColumn:
        return tr("Missing scores");
    case SalesColumn:
        return tr("Annual sales");
    case ProfitabilityColumn:
        return tr("Profitability");
    case PotentialColumn:
        return tr("Potential (3 years)");
    case StageColumn:
        return tr("Lifecycle stage");
    case HealthColumn:
        return tr("Relationship health");
    case NextReviewColumn:
        return tr("Next review");
    default:
        return {};
    }
}

} // namespace Kingside
