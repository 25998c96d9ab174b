process.stdout.write("cli todo\n");
