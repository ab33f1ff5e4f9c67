#pragma once

#include "Criterion.h"

#include <QList>
#include <QString>

namespace Kingside {

// Ready-made criteria to start from; every criterion stays editable once applied.
struct CriteriaSet
{
    QString id; // stable code: "balanced", "growth", "profit"
    QString name;
    QString description;
    QList<Criterion> criteria; // ids 0, positions in order
};

class CriteriaSets
{
public:
    static QList<CriteriaSet> all();
    static const CriteriaSet *find(const QString &id);
};

} // namespace Kingside
