# Reference values for tests/EvalNumerique.Engine.Tests/ItemQuality (ReferenceDatasetTests).
# Run from this folder:  Rscript mantel_haenszel_reference.R > mantel_haenszel_reference.json
# Needs only base R (Debian r-base-core 4.2.2). difR is not packaged for Debian bookworm and CRAN is
# out of reach here, so the Mantel-Haenszel figures come from base R's stats::mantelhaen.test, an
# implementation independent of ours: alpha_MH (estimate), the continuity-corrected chi-square
# (statistic), its p-value and the Robins-Breslow-Greenland confidence interval of alpha_MH, from
# which SE(ln alpha_MH) = (ln upper - ln lower) / (2 qnorm(0.975)).
# Point-biserial and corrected item-total correlations come from stats::cor; infit/outfit from a
# direct vectorised transcription of Wright & Masters (1982) written for this script.

set.seed(20261123)
n_per_group <- 250
a <- c(0.8, 1.0, 1.2, 1.0, 1.5, 0.9, 1.1, 1.3, 0.7, 1.0, 1.4, 1.2)
b <- c(-1.5, -1.0, -0.6, 0.0, -0.2, 0.3, 0.6, 1.0, 1.4, -0.4, 0.9, 0.1)
biased <- 4          # 0.8 logit harder for the focal group
shift <- 0.8
J <- length(a)
group <- rep(c("reference", "focal"), each = n_per_group)
theta <- round(rnorm(2 * n_per_group), 6)
b_person <- matrix(b, nrow = 2 * n_per_group, ncol = J, byrow = TRUE)
b_person[group == "focal", biased] <- b[biased] + shift
p_true <- plogis(a[col(b_person)] * (theta - b_person))
x <- (matrix(runif(length(p_true)), nrow = nrow(p_true)) < p_true) * 1L

total <- rowSums(x)
p_model <- plogis(outer(theta, a) - matrix(a * b, nrow = length(theta), ncol = J, byrow = TRUE))

num <- function(v) formatC(v, digits = 15, format = "g")
items <- character(0)
for (j in 1:J) {
  xj <- x[, j]
  # Mantel-Haenszel on sum-score strata (studied item included; Holland & Thayer, 1988).
  tab <- table(factor(group, levels = c("reference", "focal")),
               factor(ifelse(xj == 1, "right", "wrong"), levels = c("right", "wrong")),
               total)
  keep <- apply(tab, 3, sum) >= 2          # mantelhaen.test needs n > 1 per stratum
  mh <- mantelhaen.test(tab[, , keep], correct = TRUE)
  se_log_alpha <- (log(mh$conf.int[2]) - log(mh$conf.int[1])) / (2 * qnorm(0.975))
  # Fit at the given theta.
  pj <- p_model[, j]; w <- pj * (1 - pj); kurt <- w * ((1 - pj)^3 + pj^3)
  outfit <- mean((xj - pj)^2 / w); infit <- sum((xj - pj)^2) / sum(w)
  qo <- sqrt(sum(kurt / w^2) / length(xj)^2 - 1 / length(xj)); qi <- sqrt(sum(kurt - w^2) / sum(w)^2)
  items <- c(items, sprintf(paste0(
    '    {"item": %d, "pValue": %s, "pointBiserialTheta": %s, "correctedItemTotal": %s, ',
    '"alphaMH": %s, "chiSquare": %s, "pValueMH": %s, "seLogAlpha": %s, ',
    '"outfit": %s, "outfitT": %s, "infit": %s, "infitT": %s}'),
    j - 1, num(mean(xj)), num(cor(xj, theta)), num(cor(xj, total - xj)),
    num(unname(mh$estimate)), num(unname(mh$statistic)), num(mh$p.value), num(se_log_alpha),
    num(outfit), num((outfit^(1/3) - 1) * 3 / qo + qo / 3), num(infit), num((infit^(1/3) - 1) * 3 / qi + qi / 3)))
}

cat('{\n')
cat(sprintf('  "producedBy": "%s, base stats::mantelhaen.test and stats::cor; script mantel_haenszel_reference.R",\n', R.version.string))
cat(sprintf('  "biasedItem": %d,\n', biased - 1))
cat(sprintf('  "a": [%s],\n', paste(num(a), collapse = ", ")))
cat(sprintf('  "b": [%s],\n', paste(num(b), collapse = ", ")))
cat(sprintf('  "theta": [%s],\n', paste(num(theta), collapse = ", ")))
cat(sprintf('  "group": [%s],\n', paste0('"', group, '"', collapse = ", ")))
cat(sprintf('  "responses": [%s],\n', paste0('"', apply(x, 1, paste, collapse = ""), '"', collapse = ", ")))
cat('  "items": [\n')
cat(paste(items, collapse = ",\n"))
cat('\n  ]\n}\n')
