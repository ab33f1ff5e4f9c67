#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace Kingside {

// What an edit changed, announced by the Workspace so that views can follow.
struct Change
{
    enum class Entity
    {
        Account,
        Department,
        Level,
        Person,
        Relationship,
        Wall,
        Product,
        Competitor,
        Criterion,
        Score,
        TierScheme,
        Plan,
        Objective,
        Action,
        Review,
        Comment,
        Snapshot,
        Everything, // a bulk change (import, migration): re-read all
    };
    enum class Kind
    {
        Added,
        Modified,
        Removed
    };

    Entity entity = Entity::Everything;
    Kind kind = Kind::Modified;
    qint64 id = 0;
    qint64 accountId = 0;
};

} // namespace Kingside

Q_DECLARE_METATYPE(Kingside::Change)
