module goruntimeapi

go 1.19
