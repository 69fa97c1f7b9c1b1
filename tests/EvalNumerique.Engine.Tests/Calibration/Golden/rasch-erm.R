# Independent reference for EvalNumerique's 1PL calibration: the R package eRm (Mair & Hatzinger,
# 2007), conditional maximum likelihood (CML) of the Rasch model, on a dataset simulated here.
#
# Run once from this folder (Debian 12: apt-get install r-base-core r-cran-erm):
#   Rscript rasch-erm.R > rasch-erm-output.json
# It writes rasch-data.csv (the responses) and prints the estimates as JSON. The C# tests read both
# files; they never run R.
library(eRm)
set.seed(20261123)
persons <- 2000
items <- 15
b <- seq(-2, 2, length.out = items)           # true Rasch difficulties
theta <- rnorm(persons, mean = 0, sd = 1.3)   # true abilities: N(0, 1.3^2)
p <- plogis(outer(theta, b, "-"))
x <- matrix(as.integer(runif(persons * items) < p), nrow = persons)
colnames(x) <- sprintf("r%02d", seq_len(items))
write.csv(x, "rasch-data.csv", row.names = FALSE)

fit <- RM(x)                                   # CML; eRm's default sum-zero normalisation of the item parameters
difficulty <- -fit$betapar                     # eRm reports easiness (beta); difficulty = -beta
se <- fit$se.beta
cat("{\n")
cat(sprintf('  "source": "eRm %s, RM() conditional ML, %s",\n', packageVersion("eRm"), R.version.string))
cat(sprintf('  "persons": %d,\n  "items": %d,\n', persons, items))
cat(sprintf('  "conditionalLogLikelihood": %.6f,\n', fit$loglik))
cat(sprintf('  "trueDifficulty": [%s],\n', paste(sprintf("%.6f", b), collapse = ", ")))
cat(sprintf('  "difficulty": [%s],\n', paste(sprintf("%.6f", difficulty), collapse = ", ")))
cat(sprintf('  "se": [%s]\n', paste(sprintf("%.6f", se), collapse = ", ")))
cat("}\n")
