from chancery.cli import main

main()
