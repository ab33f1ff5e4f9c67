#pragma once

#include "AccountAnalysis.h"

#include <QJsonObject>

namespace Kingside {

// The analysis of one account as the JSON document of `kingside analyze --json`.
class AnalysisJson
{
public:
    static QJsonObject toJson(const AnalysisInput &input, const AccountAnalysis &analysis);
};

} // namespace Kingside
