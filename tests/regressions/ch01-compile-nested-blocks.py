# chapter: 1
# 25 nested while loops: more blocks than the compiler allows (20).
while True:
 while True:
  while True:
   while True:
    while True:
     while True:
      while True:
       while True:
        while True:
         while True:
          while True:
           while True:
            while True:
             while True:
              while True:
               while True:
                while True:
                 while True:
                  while True:
                   while True:
                    while True:
                     while True:
                      while True:
                       while True:
                        while True:
                         break
