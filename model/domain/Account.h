#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace Kingside {

// A key account: the client organisation and the facts we keep about it.
struct Account
{
    qint64 id = 0;
    QString name;
    QString industry;
    double annualSales = 0;
    double profitability = 0; // margin in percent, -100 … 100
    double potential3y = 0;
    LifecycleStage stage = LifecycleStage::Presale;
    int reviewCadenceMonths = 3;
    int freshnessDays = 90; // a line without contact for longer than this is cooling
    QString businessObjectives;
    QString buyingProcess;
    QString notes;
    QString currency = QStringLiteral("EUR"); // ISO 4217 code of the figures above
};

} // namespace Kingside
