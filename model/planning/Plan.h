#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

namespace Kingside {

// The account plan's own facts; the key information on the account (business
// objectives, buying process) lives in Account.
struct Plan
{
    qint64 accountId = 0;
    int version = 1;
    QString strategy;
    QString competitorNotes;
    double revenuePlanned = 0;
    double profitPlanned = 0;
    QString updatedAt;
};

// One step of the account's lifecycle: the stage and the day it began.
struct LifecycleEntry
{
    qint64 id = 0;
    LifecycleStage stage = LifecycleStage::Presale;
    QDate since;
};

// A team member's recorded agreement to one version of the plan.
struct PlanAgreement
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personName;
    int planVersion = 1;
    QString agreedAt;
};

} // namespace Kingside
