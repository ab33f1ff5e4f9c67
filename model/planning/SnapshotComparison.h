#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Kingside {

// One difference between two snapshots of an account.
struct SnapshotChange
{
    enum class Kind
    {
        StageChanged,
        PersonJoined,
        PersonLeft,
        AttitudeChanged,
        PieceChanged,
        RelationshipGained,
        RelationshipLost,
        RelationshipStrengthened,
        RelationshipWeakened,
        ObjectiveChanged,
        ActionDone,
        ActionLate,
        FigureChanged,
    };
    Kind kind = Kind::FigureChanged;
    QString subject; // who or what changed, by name
    QString before;  // empty when not applicable
    QString after;
    qint64 personId = 0;       // for person changes
    qint64 relationshipId = 0; // for relationship changes (the later id, or the lost one's)
    qint64 fromId = 0;         // a relationship's ends
    qint64 toId = 0;
    qint64 actionId = 0;
    QString figure; // for figure changes: the figure's code
};

// What changed between two snapshots of one account (or a snapshot and now): people
// joined or left, attitudes and pieces, relationships gained, lost, strengthened or
// weakened, objectives' lights, actions done or late, and the figures before and after.
class SnapshotComparison
{
public:
    // Refuses (std::nullopt, *error) snapshots of different accounts.
    static std::optional<SnapshotComparison> compare(const QJsonObject &before,
                                                     const QJsonObject &after, QString *error);

    const QList<SnapshotChange> &changes() const { return m_changes; }
    QList<SnapshotChange> changesOf(SnapshotChange::Kind kind) const;
    // Ids to mark on the board: people joined or changed, both ends of any changed line.
    const QSet<qint64> &changedPersonIds() const { return m_changedPeople; }
    // Lines gained, strengthened or weakened (ids in the later snapshot) and lost ones.
    const QSet<qint64> &changedRelationshipIds() const { return m_changedRelationships; }
    QString beforeDate() const { return m_beforeDate; }
    QString afterDate() const { return m_afterDate; }

    // {"account", "before", "after", "changes": {kind code: [ … ]}, "figures": {…}}
    QJsonObject toJson() const;
    // One line per change, for the terminal.
    QString toText() const;

    static QString kindCode(SnapshotChange::Kind kind);
    static QString kindTitle(SnapshotChange::Kind kind);
    static QList<SnapshotChange::Kind> allKinds();
    static QString figureTitle(const QString &figure);
    // One sentence for a change, e.g. "Ingrid Halvorsen: neutral → supporter".
    static QString describe(const SnapshotChange &change);

private:
    QString m_accountName;
    QString m_beforeDate;
    QString m_afterDate;
    QJsonObject m_figuresBefore;
    QJsonObject m_figuresAfter;
    QList<SnapshotChange> m_changes;
    QSet<qint64> m_changedPeople;
    QSet<qint64> m_changedRelationships;
};

} // namespace Kingside
